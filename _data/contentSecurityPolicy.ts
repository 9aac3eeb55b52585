// Global data `contentSecurityPolicy`: the policy the layouts put on every page (see scripts/site/content-security-policy.ts).
import { CONTENT_SECURITY_POLICY } from "../scripts/site/content-security-policy.ts";

export default CONTENT_SECURITY_POLICY;
