// Global data `learningPath`: the learning path's modules, pages and helpers
// (see scripts/learning/data.ts).
import { learningPathData } from "../scripts/learning/data.ts";

export default learningPathData();
