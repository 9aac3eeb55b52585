// The learning path's modules, in order: content in Dutch and English that says the same thing
// in both. Law as in Regulation (EU) 2016/679 (AVG/GDPR); terms as in AUTHORING.md ("Words we
// use"). Examples are not written here: each module names its clause types and the examples are
// chosen from the library at build time (scripts/learning/examples.ts).
import type { LearningModule } from "./types.ts";

export const LEARNING_MODULES: readonly LearningModule[] = [
  {
    id: "roles-instructions",
    title: { nl: "Rollen en instructies", en: "Roles and instructions" },
    summary: {
      nl: "Wie bepaalt en wie voert uit: verwerkingsverantwoordelijke en verwerker, de beschrijving van de verwerking en schriftelijke instructies.",
      en: "Who decides and who carries out: controller and processor, the description of the processing and documented instructions.",
    },
    intro: {
      nl: "Een verwerkersovereenkomst werkt alleen als de rollen kloppen. De verwerkingsverantwoordelijke bepaalt waarom en hoe persoonsgegevens worden verwerkt; de verwerker voert dat uit, op schriftelijke instructies en voor niets anders. In deze module leest u hoe een overeenkomst die rollen vastlegt, wat er in de beschrijving van de verwerking hoort en hoe instructies werken.",
      en: "A data processing agreement only works if the roles are right. The controller decides why and how personal data are processed; the processor carries that out, on documented instructions and for nothing else. In this module you learn how an agreement sets out those roles, what belongs in the description of the processing and how instructions work.",
    },
    clauseTypes: ["roles", "processing-description", "documented-instructions", "infringing-instruction", "purpose-limitation"],
    requirements: [
      {
        ref: { nl: "Art. 4 punt 7 en 8 AVG", en: "Art. 4(7) and (8) GDPR" },
        text: {
          nl: "De verwerkingsverantwoordelijke bepaalt het doel van en de middelen voor de verwerking; de verwerker verwerkt persoonsgegevens ten behoeve van de verwerkingsverantwoordelijke. Welke rol een partij heeft, volgt uit wat zij feitelijk doet, niet uit het etiket in de overeenkomst.",
          en: "The controller determines the purposes and means of the processing; the processor processes personal data on behalf of the controller. A party's role follows from what it actually does, not from the label in the agreement.",
        },
      },
      {
        ref: { nl: "Art. 28 lid 3 AVG (aanhef)", en: "Art. 28(3) GDPR (opening words)" },
        text: {
          nl: "De verwerking door een verwerker wordt geregeld in een overeenkomst of andere rechtshandeling naar Unierecht of lidstatelijk recht die de verwerker bindt. Daarin staan het onderwerp en de duur, de aard en het doel van de verwerking, het soort persoonsgegevens, de categorieën van betrokkenen en de rechten en verplichtingen van de verwerkingsverantwoordelijke.",
          en: "Processing by a processor is governed by a contract or other legal act under Union or Member State law that binds the processor. It sets out the subject-matter and duration, the nature and purpose of the processing, the type of personal data, the categories of data subjects and the obligations and rights of the controller.",
        },
      },
      {
        ref: { nl: "Art. 28 lid 3 onder a AVG", en: "Art. 28(3)(a) GDPR" },
        text: {
          nl: "De verwerker verwerkt persoonsgegevens uitsluitend op basis van schriftelijke instructies van de verwerkingsverantwoordelijke, ook wat betreft doorgiften aan een derde land. Verplicht Unierecht of lidstatelijk recht hem tot verwerking, dan licht hij de verwerkingsverantwoordelijke vooraf in over dat wettelijk voorschrift, tenzij die wetgeving dat om gewichtige redenen van algemeen belang verbiedt.",
          en: "The processor processes personal data only on documented instructions from the controller, including with regard to transfers to a third country. Where Union or Member State law requires it to process, it informs the controller of that legal requirement before processing, unless that law prohibits this on important grounds of public interest.",
        },
      },
      {
        ref: { nl: "Art. 28 lid 3, tweede alinea, AVG", en: "Art. 28(3), second subparagraph, GDPR" },
        text: {
          nl: "De verwerker stelt de verwerkingsverantwoordelijke onmiddellijk in kennis als een instructie naar zijn mening inbreuk maakt op de AVG of op andere bepalingen van Unierecht of lidstatelijk recht inzake gegevensbescherming.",
          en: "The processor immediately informs the controller if, in its opinion, an instruction infringes the GDPR or other Union or Member State data protection provisions.",
        },
      },
      {
        ref: { nl: "Art. 28 lid 10 en art. 29 AVG", en: "Art. 28(10) and Art. 29 GDPR" },
        text: {
          nl: "Een verwerker die in strijd met de AVG zelf het doel en de middelen van een verwerking bepaalt, geldt voor die verwerking als verwerkingsverantwoordelijke. Wie onder het gezag van de verwerker toegang heeft tot persoonsgegevens, verwerkt ze alleen in opdracht van de verwerkingsverantwoordelijke, tenzij Unierecht of lidstatelijk recht hem daartoe verplicht.",
          en: "A processor that, in breach of the GDPR, determines the purposes and means of a processing operation itself is considered a controller for that processing. Anyone acting under the processor's authority who has access to personal data processes them only on instructions from the controller, unless Union or Member State law requires otherwise.",
        },
      },
    ],
    lookFor: [
      {
        nl: "Klopt de rolverdeling met de feiten, ook voor supporttickets, accountgegevens en gebruiksgegevens?",
        en: "Do the roles match the facts, also for support tickets, account data and usage data?",
      },
      {
        nl: "Is de beschrijving van de verwerking (meestal een bijlage) echt ingevuld: welke gegevens, welke betrokkenen, welke doelen, hoe lang? Past ze bij uw eigen register van verwerkingsactiviteiten?",
        en: "Is the description of the processing (usually an annex) actually filled in: which data, which data subjects, which purposes, for how long? Does it match your own record of processing activities?",
      },
      {
        nl: "Wat geldt als instructie, en kunt u later aanvullende instructies geven zonder dat de verwerker moet instemmen of er een rekening voor stuurt?",
        en: "What counts as an instruction, and can you give further instructions later without the processor having to agree or sending an invoice?",
      },
      {
        nl: "Is de uitzondering voor een wettelijke verplichting beperkt tot Unierecht of lidstatelijk recht, met een voorafgaande melding aan u?",
        en: "Is the exception for a legal requirement limited to Union or Member State law, with prior notice to you?",
      },
      {
        nl: "Waarschuwt de verwerker u onmiddellijk als hij een instructie in strijd met de AVG acht?",
        en: "Does the processor warn you immediately if it considers an instruction to infringe the GDPR?",
      },
    ],
    redFlags: [
      {
        nl: "De verwerker gebruikt gegevens ook voor eigen doelen (“verbetering van onze diensten”, “training van modellen”, “geaggregeerde gegevens”) zonder te zeggen dat hij daarvoor zelf verwerkingsverantwoordelijke is.",
        en: "The processor also uses data for its own purposes (“improving our services”, “training models”, “aggregated data”) without saying that it is a controller for that use.",
      },
      {
        nl: "Een algemene of lege beschrijving van de verwerking, zoals “alle persoonsgegevens die de klant invoert”, of niet-ingevulde plaatshouders.",
        en: "A generic or empty description of the processing, such as “all personal data the customer enters”, or unfilled placeholders.",
      },
      {
        nl: "Instructies tellen pas als de verwerker ze heeft “afgesproken” of “goedgekeurd”.",
        en: "Instructions only count once the processor has “agreed” or “approved” them.",
      },
      {
        nl: "Een uitzondering voor “toepasselijk recht” in het algemeen: daaronder kan ook het recht van een derde land vallen.",
        en: "An exception for “applicable law” in general: that can include the law of a third country.",
      },
    ],
    questions: [
      {
        question: {
          nl: "Een leverancier heet in de verwerkersovereenkomst “verwerker”, maar gebruikt de gebruiksgegevens van uw medewerkers ook om zijn eigen product te verbeteren. Welke rol heeft hij voor dat gebruik?",
          en: "A vendor is called “processor” in the data processing agreement, but it also uses your staff's usage data to improve its own product. What is its role for that use?",
        },
        answer: {
          nl: "Voor dat gebruik bepaalt de leverancier zelf doel en middelen, dus is hij daarvoor verwerkingsverantwoordelijke (art. 4 punt 7; doet hij dat in strijd met de AVG, dan art. 28 lid 10). Het etiket in de overeenkomst beslist niet over de rol; de feiten doen dat. De overeenkomst hoort die aparte rol duidelijk te maken, en u beoordeelt of u de gegevens voor dat doel mag laten gebruiken.",
          en: "For that use the vendor determines the purposes and means itself, so it is a controller for it (Art. 4(7); if it does so in breach of the GDPR, Art. 28(10)). The label in the agreement does not decide the role; the facts do. The agreement should make that separate role clear, and it is for you to assess whether the data may be used for that purpose.",
        },
      },
      {
        question: {
          nl: "De overeenkomst zegt: “De overeenkomst en het gebruik van de dienst door de klant vormen de volledige instructies; aanvullende instructies vereisen onze instemming en worden als meerwerk gefactureerd.” Wat is het probleem?",
          en: "The agreement says: “The agreement and the customer's use of the service are the complete instructions; further instructions require our consent and are invoiced as additional work.” What is the problem?",
        },
        answer: {
          nl: "Art. 28 lid 3 onder a vraagt dat de verwerker werkt op basis van uw schriftelijke instructies. De overeenkomst mag de basisinstructie zijn, maar als de verwerker met elke verdere instructie moet instemmen en ervoor mag factureren, verliest u de zeggenschap over de verwerking. Kijk of u ten minste redelijke aanvullende instructies kunt geven en wat er gebeurt als de verwerker ze weigert.",
          en: "Art. 28(3)(a) requires the processor to act on your documented instructions. The agreement may be the basic instruction, but if the processor must consent to every further instruction and may invoice for it, you lose control over the processing. Check that you can at least give reasonable further instructions, and what happens if the processor refuses them.",
        },
      },
      {
        question: {
          nl: "Wanneer mag een verwerker persoonsgegevens verwerken zonder of buiten uw instructie, en wat moet hij dan doen?",
          en: "When may a processor process personal data without or beyond your instruction, and what must it do then?",
        },
        answer: {
          nl: "Alleen als Unierecht of lidstatelijk recht hem daartoe verplicht. Hij licht u dan vóór de verwerking in over dat wettelijk voorschrift, tenzij die wetgeving dat om gewichtige redenen van algemeen belang verbiedt (art. 28 lid 3 onder a). Een clausule die “toepasselijk recht” in het algemeen noemt, gaat verder, omdat daaronder ook het recht van een derde land kan vallen.",
          en: "Only where Union or Member State law requires it to. It then informs you of that legal requirement before processing, unless that law prohibits this on important grounds of public interest (Art. 28(3)(a)). A clause referring to “applicable law” in general goes further, because that can include the law of a third country.",
        },
      },
      {
        question: {
          nl: "Wat moet een verwerker doen als hij vindt dat een instructie van u in strijd is met de AVG?",
          en: "What must a processor do if it believes one of your instructions infringes the GDPR?",
        },
        answer: {
          nl: "U onmiddellijk inlichten (art. 28 lid 3, tweede alinea). Of hij de instructie daarna mag opschorten, zegt de AVG niet; dat regelt de overeenkomst. De verantwoordelijkheid voor rechtmatige instructies blijft bij u. Een bepaling dat de verwerker uw instructies niet actief hoeft te toetsen, is daarom aanvaardbaar, zolang de plicht om te waarschuwen blijft bestaan.",
          en: "Inform you immediately (Art. 28(3), second subparagraph). Whether it may then suspend the instruction, the GDPR does not say; that is for the agreement. Responsibility for lawful instructions stays with you. A provision that the processor need not actively check your instructions is therefore acceptable, as long as the duty to warn remains.",
        },
      },
      {
        question: {
          nl: "Waar in een verwerkersovereenkomst leest u welke persoonsgegevens en welke betrokkenen het betreft, en waarom doet dat ertoe?",
          en: "Where in a data processing agreement do you find which personal data and which data subjects are involved, and why does it matter?",
        },
        answer: {
          nl: "In de beschrijving van de verwerking, meestal een bijlage. Art. 28 lid 3 vraagt dat de overeenkomst onderwerp, duur, aard en doel, het soort persoonsgegevens en de categorieën van betrokkenen vastlegt. Vergelijk die beschrijving met uw register van verwerkingsactiviteiten (art. 30). Is de bijlage algemeen of leeg, dan weet u niet wat de verwerker wel en niet mag.",
          en: "In the description of the processing, usually an annex. Art. 28(3) requires the agreement to set out the subject-matter, duration, nature and purpose, the type of personal data and the categories of data subjects. Compare that description with your record of processing activities (Art. 30). If the annex is generic or empty, you cannot tell what the processor may and may not do.",
        },
      },
    ],
  },
  {
    id: "confidentiality-security",
    title: { nl: "Geheimhouding en beveiliging", en: "Confidentiality and security" },
    summary: {
      nl: "Wie bij de gegevens kan, is tot geheimhouding verplicht; de verwerker neemt passende maatregelen die u kunt controleren.",
      en: "Whoever can access the data is bound to confidentiality; the processor takes appropriate measures that you can verify.",
    },
    intro: {
      nl: "De verwerker moet de persoonsgegevens beveiligen op een niveau dat past bij het risico, en iedereen die er toegang toe heeft, moet tot geheimhouding verplicht zijn. In deze module leest u hoe u vage beveiligingsbeloften onderscheidt van concrete, controleerbare afspraken.",
      en: "The processor must secure the personal data at a level appropriate to the risk, and everyone with access to them must be bound to confidentiality. In this module you learn to tell vague security promises from concrete, verifiable commitments.",
    },
    clauseTypes: ["security", "security-measures-annex", "confidentiality", "sensitive-data"],
    requirements: [
      {
        ref: { nl: "Art. 28 lid 1 AVG", en: "Art. 28(1) GDPR" },
        text: {
          nl: "De verwerkingsverantwoordelijke doet alleen een beroep op verwerkers die afdoende garanties bieden voor passende technische en organisatorische maatregelen, zodat de verwerking aan de AVG voldoet en de rechten van betrokkenen zijn beschermd. Die beoordeling is aan u.",
          en: "The controller uses only processors that provide sufficient guarantees to implement appropriate technical and organisational measures, so that the processing meets the GDPR and protects the rights of data subjects. That assessment is yours.",
        },
      },
      {
        ref: { nl: "Art. 28 lid 3 onder b AVG", en: "Art. 28(3)(b) GDPR" },
        text: {
          nl: "De verwerker waarborgt dat de personen die gemachtigd zijn de persoonsgegevens te verwerken, zich tot vertrouwelijkheid hebben verbonden of door een passende wettelijke verplichting tot vertrouwelijkheid zijn gebonden.",
          en: "The processor ensures that the persons authorised to process the personal data have committed themselves to confidentiality or are under an appropriate statutory obligation of confidentiality.",
        },
      },
      {
        ref: { nl: "Art. 28 lid 3 onder c en art. 32 AVG", en: "Art. 28(3)(c) and Art. 32 GDPR" },
        text: {
          nl: "De verwerker neemt alle maatregelen die art. 32 vereist: passende technische en organisatorische maatregelen voor een op het risico afgestemd beveiligingsniveau, rekening houdend met de stand van de techniek, de uitvoeringskosten en de aard, omvang, context en doeleinden van de verwerking. Art. 32 lid 1 noemt, waar passend, onder meer pseudonimisering en versleuteling, blijvende vertrouwelijkheid, integriteit, beschikbaarheid en veerkracht, tijdig herstel na een incident en het regelmatig testen en evalueren van de maatregelen.",
          en: "The processor takes all measures required by Art. 32: appropriate technical and organisational measures to ensure a level of security appropriate to the risk, taking into account the state of the art, the costs of implementation and the nature, scope, context and purposes of the processing. Art. 32(1) lists, among other things and as appropriate, pseudonymisation and encryption, ongoing confidentiality, integrity, availability and resilience, timely restoration after an incident, and regular testing and evaluation of the measures.",
        },
      },
      {
        ref: { nl: "Art. 32 lid 4 AVG", en: "Art. 32(4) GDPR" },
        text: {
          nl: "Verwerkingsverantwoordelijke en verwerker zorgen ervoor dat iedereen die onder hun gezag handelt en toegang heeft tot persoonsgegevens, die alleen in opdracht van de verwerkingsverantwoordelijke verwerkt, tenzij Unierecht of lidstatelijk recht hem tot verwerking verplicht.",
          en: "Controller and processor ensure that anyone acting under their authority who has access to personal data processes them only on instructions from the controller, unless Union or Member State law requires them to do so.",
        },
      },
      {
        ref: { nl: "Art. 9, 10 en 35 lid 3 onder b AVG", en: "Art. 9, 10 and 35(3)(b) GDPR" },
        text: {
          nl: "Bijzondere categorieën van persoonsgegevens (zoals gezondheid) en strafrechtelijke gegevens vallen onder strengere regels. Verwerking daarvan op grote schaal vraagt een gegevensbeschermingseffectbeoordeling (DPIA), en het hogere risico vraagt zwaardere beveiliging.",
          en: "Special categories of personal data (such as health) and criminal-offence data are subject to stricter rules. Processing them on a large scale requires a data protection impact assessment (DPIA), and the higher risk calls for stronger security.",
        },
      },
    ],
    lookFor: [
      {
        nl: "Geldt de geheimhouding voor iedereen met toegang, ook uitzendkrachten en ingehuurde specialisten, en loopt ze door na het einde van hun dienstverband?",
        en: "Does confidentiality bind everyone with access, including temporary staff and contractors, and does it continue after their employment ends?",
      },
      {
        nl: "Zijn de maatregelen concreet en controleerbaar (een bijlage met bijvoorbeeld versleuteling van opgeslagen en verzonden gegevens, tweefactorauthenticatie, logging, back-ups en hersteltests), of alleen “passend” of “volgens de industriestandaard”?",
        en: "Are the measures concrete and verifiable (an annex with, for example, encryption of stored and transmitted data, multi-factor authentication, logging, backups and restore tests), or merely “appropriate” or “in line with industry standards”?",
      },
      {
        nl: "Mag de verwerker maatregelen eenzijdig wijzigen, en is uitgesloten dat het beveiligingsniveau daardoor omlaag gaat? Hoort u van wezenlijke wijzigingen?",
        en: "May the processor change measures unilaterally, and is it excluded that the level of security goes down as a result? Are you told of material changes?",
      },
      {
        nl: "Verwijst de verwerker naar een certificaat (ISO 27001, NEN 7510, SOC 2)? Controleer of het de dienst en de locaties dekt die u gebruikt.",
        en: "Does the processor rely on a certificate (ISO 27001, NEN 7510, SOC 2)? Check that it covers the service and the locations you use.",
      },
      {
        nl: "Passen de maatregelen bij het risico van uw gegevens, in het bijzonder bij bijzondere categorieën van persoonsgegevens?",
        en: "Do the measures fit the risk of your data, in particular for special categories of personal data?",
      },
    ],
    redFlags: [
      {
        nl: "Een disclaimer dat beveiliging “geen garantie” biedt, samen met een beperking of uitsluiting van aansprakelijkheid.",
        en: "A disclaimer that security offers “no guarantee”, combined with a limitation or exclusion of liability.",
      },
      {
        nl: "U “erkent” vooraf dat de maatregelen passend zijn, of de verwerker beperkt zijn verantwoordelijkheid tot de opgesomde maatregelen.",
        en: "You “acknowledge” in advance that the measures are appropriate, or the processor limits its responsibility to the measures listed.",
      },
      {
        nl: "Geen recht op aanvullende beveiliging, of alleen op uw kosten.",
        en: "No right to additional security, or only at your expense.",
      },
      {
        nl: "Maatregelen die de verwerker naar eigen inzicht kan wijzigen, met een melding alleen “waar relevant”.",
        en: "Measures the processor can change at its own discretion, with notice only “where relevant”.",
      },
    ],
    questions: [
      {
        question: {
          nl: "Betekent art. 28 lid 3 onder b dat elke medewerker van de verwerker een aparte geheimhoudingsverklaring moet tekenen?",
          en: "Does Art. 28(3)(b) mean that every member of the processor's staff must sign a separate confidentiality statement?",
        },
        answer: {
          nl: "Niet per se. De gemachtigde personen moeten zich tot vertrouwelijkheid hebben verbonden of door een passende wettelijke verplichting gebonden zijn. Een bepaling in de arbeidsovereenkomst of een wettelijke geheimhoudingsplicht kan volstaan. Waar het om gaat: de plicht geldt voor iedereen met toegang, ook uitzendkrachten en ingehuurde specialisten.",
          en: "Not necessarily. The authorised persons must have committed themselves to confidentiality or be under an appropriate statutory obligation. A clause in the employment contract or a statutory duty of confidentiality can be enough. What matters is that the duty covers everyone with access, including temporary staff and contractors.",
        },
      },
      {
        question: {
          nl: "In een verwerkersovereenkomst staat: “De klant erkent dat de beveiligingsmaatregelen in bijlage 2 passend zijn.” Waarom is dat riskant?",
          en: "A data processing agreement says: “The customer acknowledges that the security measures in Annex 2 are appropriate.” Why is that risky?",
        },
        answer: {
          nl: "De beoordeling of de verwerker afdoende garanties biedt, ligt bij u (art. 28 lid 1), en de verwerker moet alle maatregelen nemen die art. 32 vereist, wat de bijlage ook zegt. Met een erkenning vooraf maakt u het moeilijker om de verwerker later, bijvoorbeeld na een datalek, aan te spreken. Toets de maatregelen aan het risico van uw gegevens voordat u zo'n verklaring aanvaardt, of vraag om schrapping.",
          en: "Assessing whether the processor provides sufficient guarantees is up to you (Art. 28(1)), and the processor must take all measures Art. 32 requires, whatever the annex says. By acknowledging appropriateness in advance you make it harder to hold the processor to account later, for example after a personal data breach. Test the measures against the risk of your data before accepting such a statement, or ask for it to be removed.",
        },
      },
      {
        question: {
          nl: "Welke onderwerpen uit art. 32 lid 1 verwacht u in een bijlage met beveiligingsmaatregelen, en zijn die verplicht?",
          en: "Which topics from Art. 32(1) do you expect in a security measures annex, and are they mandatory?",
        },
        answer: {
          nl: "Art. 32 lid 1 noemt, waar passend: pseudonimisering en versleuteling; het blijvend waarborgen van vertrouwelijkheid, integriteit, beschikbaarheid en veerkracht van systemen en diensten; het tijdig herstellen van de beschikbaarheid van en de toegang tot gegevens na een incident; en een procedure om de maatregelen regelmatig te testen en te evalueren. Het is geen vaste minimumlijst: wat passend is, hangt af van het risico. Ontbreekt een onderwerp, vraag dan waarom. Toegangsbeheer, logging en back-ups horen er in de praktijk ook bij. “Passende maatregelen” zonder inhoud laat u niets controleren.",
          en: "Art. 32(1) lists, as appropriate: pseudonymisation and encryption; the ability to ensure the ongoing confidentiality, integrity, availability and resilience of systems and services; the ability to restore the availability of and access to data in a timely manner after an incident; and a process for regularly testing and evaluating the measures. It is not a fixed minimum: what is appropriate depends on the risk. If a topic is missing, ask why. Access control, logging and backups belong there in practice too. “Appropriate measures” without content leaves you nothing to verify.",
        },
      },
      {
        question: {
          nl: "Mag een verwerker zijn beveiligingsmaatregelen wijzigen zonder het u te vragen?",
          en: "May a processor change its security measures without asking you?",
        },
        answer: {
          nl: "De AVG verbiedt dat niet: maatregelen moeten juist meegaan met de stand van de techniek. Maar de overeenkomst hoort te waarborgen dat het beveiligingsniveau niet omlaag gaat en dat u over wezenlijke wijzigingen wordt ingelicht. Een eenzijdig wijzigingsrecht “naar eigen inzicht”, met een melding alleen “waar relevant”, is een waarschuwingssignaal.",
          en: "The GDPR does not forbid it: measures must keep pace with the state of the art. But the agreement should ensure that the level of security does not go down and that you are told of material changes. A unilateral right to change measures “at its own discretion”, with notice only “where relevant”, is a warning sign.",
        },
      },
      {
        question: {
          nl: "U wilt gezondheidsgegevens in een dienst opslaan. Wat controleert u extra?",
          en: "You want to store health data in a service. What do you check in addition?",
        },
        answer: {
          nl: "Of de beschrijving van de verwerking deze bijzondere categorie noemt (art. 9), of dat de gebruiksvoorwaarden zulke gegevens juist verbieden; of de maatregelen passen bij het hogere risico (versleuteling, beperkte toegang, logging; in de Nederlandse zorg NEN 7510); en of u een DPIA moet uitvoeren (art. 35 lid 3 onder b bij verwerking op grote schaal).",
          en: "Whether the description of the processing mentions this special category (Art. 9), or whether the terms of use actually prohibit such data; whether the measures fit the higher risk (encryption, restricted access, logging; in Dutch healthcare NEN 7510); and whether you must carry out a DPIA (Art. 35(3)(b) for large-scale processing).",
        },
      },
    ],
  },
  {
    id: "subprocessors-transfers",
    title: { nl: "Subverwerkers en doorgifte", en: "Sub-processors and transfers" },
    summary: {
      nl: "Wie de verwerker zelf inschakelt, hoe u daarover meebeslist, welke plichten doorgaan in de keten en wanneer gegevens de EER verlaten.",
      en: "Whom the processor engages itself, how you have a say, which obligations flow down the chain, and when data leave the EEA.",
    },
    intro: {
      nl: "Bijna elke verwerker schakelt zelf weer anderen in: hosting, e-mail, support. De AVG noemt hen “andere verwerkers”; in de praktijk heten ze subverwerkers. In deze module leest u hoe toestemming, aankondiging en bezwaar werken, welke verplichtingen naar subverwerkers moeten doorgaan en waar u op let als gegevens naar een derde land gaan.",
      en: "Almost every processor engages others in turn: hosting, e-mail, support. The GDPR calls them “other processors”; in practice they are sub-processors. In this module you learn how authorisation, notice and objection work, which obligations must flow down to sub-processors, and what to look for when data go to a third country.",
    },
    clauseTypes: ["subprocessors", "subprocessor-flow-down", "subprocessor-list", "international-transfers"],
    requirements: [
      {
        ref: { nl: "Art. 28 lid 2 AVG", en: "Art. 28(2) GDPR" },
        text: {
          nl: "De verwerker neemt geen andere verwerker in dienst zonder voorafgaande specifieke of algemene schriftelijke toestemming van de verwerkingsverantwoordelijke. Bij algemene toestemming licht hij de verwerkingsverantwoordelijke in over beoogde toevoegingen of vervangingen en biedt hij de mogelijkheid daartegen bezwaar te maken.",
          en: "The processor does not engage another processor without the controller's prior specific or general written authorisation. Under a general authorisation it informs the controller of intended additions or replacements and gives the opportunity to object to them.",
        },
      },
      {
        ref: { nl: "Art. 28 lid 3 onder d AVG", en: "Art. 28(3)(d) GDPR" },
        text: {
          nl: "De overeenkomst legt vast dat de verwerker de voorwaarden van lid 2 en lid 4 naleeft wanneer hij een andere verwerker inschakelt.",
          en: "The agreement stipulates that the processor respects the conditions of paragraphs 2 and 4 when engaging another processor.",
        },
      },
      {
        ref: { nl: "Art. 28 lid 4 AVG", en: "Art. 28(4) GDPR" },
        text: {
          nl: "Neemt de verwerker een andere verwerker (subverwerker) in dienst om namens de verwerkingsverantwoordelijke specifieke verwerkingsactiviteiten te verrichten, dan worden aan die subverwerker bij overeenkomst of andere rechtshandeling dezelfde verplichtingen inzake gegevensbescherming opgelegd als in de verwerkersovereenkomst staan. Komt de subverwerker zijn verplichtingen niet na, dan blijft de eerste verwerker tegenover de verwerkingsverantwoordelijke volledig aansprakelijk voor het nakomen van de verplichtingen van die andere verwerker.",
          en: "Where the processor engages another processor (sub-processor) to carry out specific processing activities on behalf of the controller, the same data protection obligations as set out in the data processing agreement are imposed on that sub-processor by contract or other legal act. Where the sub-processor fails to fulfil its obligations, the initial processor remains fully liable to the controller for the performance of that other processor's obligations.",
        },
      },
      {
        ref: { nl: "Art. 44 tot en met 46 en 49 AVG", en: "Art. 44 to 46 and 49 GDPR" },
        text: {
          nl: "Doorgifte aan een derde land (buiten de EER) of een internationale organisatie mag alleen als aan de voorwaarden van hoofdstuk V is voldaan: een adequaatheidsbesluit van de Europese Commissie (art. 45), passende waarborgen (art. 46), zoals standaardcontractbepalingen, of in specifieke situaties een uitzondering van art. 49. Ook toegang op afstand vanuit een derde land kan een doorgifte zijn, en de verwerker doet doorgiften alleen op uw instructie (art. 28 lid 3 onder a).",
          en: "A transfer to a third country (outside the EEA) or an international organisation is only allowed if the conditions of Chapter V are met: an adequacy decision of the European Commission (Art. 45), appropriate safeguards (Art. 46), such as standard contractual clauses, or in specific situations a derogation under Art. 49. Remote access from a third country can also be a transfer, and the processor transfers only on your instructions (Art. 28(3)(a)).",
        },
      },
    ],
    lookFor: [
      {
        nl: "Specifieke of algemene toestemming? Bij algemene toestemming: een vaste aankondigingstermijn voordat een nieuwe subverwerker begint, en een bericht aan u in plaats van alleen een bijgewerkte webpagina.",
        en: "Specific or general authorisation? Under a general one: a fixed notice period before a new sub-processor starts, and a message to you rather than only an updated web page.",
      },
      {
        nl: "Binnen welke termijn kunt u bezwaar maken, en wat gebeurt er als het bezwaar niet wordt opgelost?",
        en: "Within what period can you object, and what happens if the objection is not resolved?",
      },
      {
        nl: "Een volledige lijst: per subverwerker de rechtspersoon, de dienst, de gegevens en de locatie, inclusief groepsmaatschappijen en infrastructuurleveranciers.",
        en: "A complete list: for each sub-processor the legal entity, the service, the data and the location, including group companies and infrastructure suppliers.",
      },
      {
        nl: "“Dezelfde verplichtingen” doorgelegd, en de verwerker volledig aansprakelijk voor zijn subverwerkers.",
        en: "“The same obligations” flowed down, and the processor fully liable for its sub-processors.",
      },
      {
        nl: "Per subverwerker buiten de EER: welk doorgiftemechanisme, en is er een transfer impact assessment gedaan?",
        en: "For each sub-processor outside the EEA: which transfer mechanism, and has a transfer impact assessment been done?",
      },
    ],
    redFlags: [
      {
        nl: "Geen bezwaarrecht of aankondigingstermijn; subverwerkers mogen worden ingeschakeld wanneer dat “nodig is voor de uitvoering van de overeenkomst”.",
        en: "No right to object or notice period; sub-processors may be engaged whenever “necessary for the performance of the agreement”.",
      },
      {
        nl: "Een bezwaar heeft geen gevolg: de subverwerker mag al worden ingezet, of zwijgen geldt als instemming en opzeggen is uw enige middel.",
        en: "An objection has no effect: the sub-processor may already be used, or silence counts as consent and termination is your only remedy.",
      },
      {
        nl: "Geen lijst in de overeenkomst, alleen “op verzoek” of op een webpagina die de verwerker zelf aanpast.",
        en: "No list in the agreement, only “on request” or on a web page the processor changes itself.",
      },
      {
        nl: "“Vergelijkbare” of “passende” verplichtingen in plaats van dezelfde, of aansprakelijkheid voor subverwerkers uitgesloten of lager begrensd dan voor de verwerker zelf.",
        en: "“Similar” or “appropriate” obligations instead of the same ones, or liability for sub-processors excluded or capped lower than for the processor itself.",
      },
      {
        nl: "Een algemene instructie om naar elk land door te geven, of doorgifte zonder genoemd mechanisme.",
        en: "A blanket instruction to transfer to any country, or transfers with no mechanism named.",
      },
    ],
    questions: [
      {
        question: {
          nl: "Wat is het verschil tussen specifieke en algemene schriftelijke toestemming voor subverwerkers?",
          en: "What is the difference between specific and general written authorisation for sub-processors?",
        },
        answer: {
          nl: "Bij specifieke toestemming stemt u vooraf in met elke genoemde subverwerker. Bij algemene toestemming stemt u vooraf in met het inschakelen van subverwerkers, maar moet de verwerker u inlichten over beoogde toevoegingen en vervangingen, zodat u bezwaar kunt maken (art. 28 lid 2). De meeste verwerkersovereenkomsten van leveranciers werken met algemene toestemming; dan zijn de aankondigingstermijn en de bezwaarprocedure waar het om draait.",
          en: "With specific authorisation you consent in advance to each named sub-processor. With general authorisation you consent in advance to sub-processors being engaged, but the processor must inform you of intended additions and replacements so that you can object (Art. 28(2)). Most vendors' data processing agreements use general authorisation; the notice period and the objection procedure are then what matter.",
        },
      },
      {
        question: {
          nl: "U mag bezwaar maken tegen een nieuwe subverwerker, maar als u dat doet, kunt u alleen de dienst opzeggen. Wat controleert u?",
          en: "You may object to a new sub-processor, but if you do, your only option is to terminate the service. What do you check?",
        },
        answer: {
          nl: "De AVG vraagt de mogelijkheid van bezwaar, maar zegt niet wat daarop moet volgen. Opzeggen als enig middel komt vaak voor, maar geeft u weinig invloed: overstappen kost tijd. Controleer of opzeggen zonder boete kan en met terugbetaling van vooruitbetaalde bedragen, en of de aankondigingstermijn u genoeg tijd geeft om de subverwerker te beoordelen voordat hij begint.",
          en: "The GDPR requires the opportunity to object but does not say what must follow. Termination as the only remedy is common, but gives you little leverage: switching takes time. Check that you can terminate without a penalty and with a refund of prepaid fees, and that the notice period gives you time to assess the sub-processor before it starts.",
        },
      },
      {
        question: {
          nl: "Wat vraagt art. 28 lid 4 voor de verplichtingen van subverwerkers, en welke formulering is een waarschuwingssignaal?",
          en: "What does Art. 28(4) require for sub-processors' obligations, and which wording is a warning sign?",
        },
        answer: {
          nl: "De verwerker legt de subverwerker dezelfde verplichtingen inzake gegevensbescherming op als in zijn verwerkersovereenkomst met u staan, en blijft tegenover u volledig aansprakelijk voor het nakomen van de verplichtingen van de subverwerker. “Dezelfde” betekent inhoudelijk dezelfde, niet woord voor woord (EDPB-richtsnoeren 07/2020). Waarschuwingssignalen zijn “vergelijkbare” of “passende” verplichtingen, en een uitsluiting of een lagere limiet van aansprakelijkheid alleen voor subverwerkers. Een algemene limiet die voor alle schade gelijk geldt, is een commerciële afspraak.",
          en: "The processor imposes on the sub-processor the same data protection obligations as in its data processing agreement with you, and remains fully liable to you for the performance of the sub-processor's obligations. “The same” means the same in substance, not word for word (EDPB Guidelines 07/2020). Warning signs are “similar” or “appropriate” obligations, and an exclusion or a lower cap of liability just for sub-processors. An overall cap that applies to all damage alike is a commercial matter.",
        },
      },
      {
        question: {
          nl: "Een leverancier zegt “uw gegevens blijven in de EU”, maar op zijn lijst van subverwerkers staan Amerikaanse bedrijven. Wat controleert u?",
          en: "A vendor says “your data stay in the EU”, but its list of sub-processors includes US companies. What do you check?",
        },
        answer: {
          nl: "Of die subverwerkers uw gegevens werkelijk verwerken of er toegang toe kunnen krijgen (ook toegang op afstand, bijvoorbeeld door support, kan een doorgifte zijn), en welk mechanisme uit hoofdstuk V per subverwerker geldt: een adequaatheidsbesluit zoals het EU-VS Data Privacy Framework (alleen voor gecertificeerde organisaties), standaardcontractbepalingen (art. 46) met een transfer impact assessment, of bindende bedrijfsvoorschriften. Vraag ook hoe de leverancier omgaat met verzoeken van buitenlandse overheden.",
          en: "Whether those sub-processors actually process your data or can access them (remote access, for example by support, can also be a transfer), and which Chapter V mechanism applies to each: an adequacy decision such as the EU-US Data Privacy Framework (only for certified organisations), standard contractual clauses (Art. 46) with a transfer impact assessment, or binding corporate rules. Also ask how the vendor handles requests from foreign authorities.",
        },
      },
      {
        question: {
          nl: "Is het cloudplatform waarop een leverancier zijn dienst draait een subverwerker?",
          en: "Is the cloud platform a vendor runs its service on a sub-processor?",
        },
        answer: {
          nl: "Ja, als het persoonsgegevens verwerkt ten behoeve van de verwerker, bijvoorbeeld door ze op te slaan. Het hoort dan op de lijst en valt onder dezelfde regels voor toestemming, aankondiging en doorleggen van verplichtingen als elke andere subverwerker.",
          en: "Yes, if it processes personal data on the processor's behalf, for example by storing them. It then belongs on the list and is subject to the same rules on authorisation, notice and flow-down of obligations as any other sub-processor.",
        },
      },
    ],
  },
  {
    id: "data-breaches",
    title: { nl: "Datalekken", en: "Personal data breaches" },
    summary: {
      nl: "Hoe snel de verwerker een datalek meldt, met welke informatie, en wie de toezichthoudende autoriteit en betrokkenen informeert.",
      en: "How fast the processor notifies a personal data breach, with what information, and who informs the supervisory authority and data subjects.",
    },
    intro: {
      nl: "Bij een datalek telt elk uur: u als verwerkingsverantwoordelijke moet het meestal binnen 72 uur nadat u ervan kennis hebt genomen bij de toezichthoudende autoriteit melden. Hoe snel de toezichthoudende autoriteit en de betrokkenen het horen, hangt dus ook af van hoe snel en volledig de verwerker u informeert. In deze module leest u wat de AVG van de verwerker vraagt, wat juist niet, en hoe u een meldingsclausule beoordeelt.",
      en: "In a personal data breach every hour counts: as controller you usually have to notify the supervisory authority within 72 hours of becoming aware of it. How soon the supervisory authority and data subjects hear of it therefore also depends on how quickly and fully the processor informs you. In this module you learn what the GDPR requires of the processor, what it does not, and how to assess a notification clause.",
    },
    clauseTypes: ["breach-notification"],
    requirements: [
      {
        ref: { nl: "Art. 4 punt 12 AVG", en: "Art. 4(12) GDPR" },
        text: {
          nl: "Een inbreuk in verband met persoonsgegevens (datalek) is een inbreuk op de beveiliging die per ongeluk of onrechtmatig leidt tot vernietiging, verlies, wijziging of ongeoorloofde verstrekking van of toegang tot persoonsgegevens.",
          en: "A personal data breach is a breach of security leading to the accidental or unlawful destruction, loss, alteration, unauthorised disclosure of, or access to, personal data.",
        },
      },
      {
        ref: { nl: "Art. 33 lid 2 AVG", en: "Art. 33(2) GDPR" },
        text: {
          nl: "De verwerker informeert de verwerkingsverantwoordelijke zonder onredelijke vertraging zodra hij kennis heeft genomen van een datalek. De AVG noemt voor de verwerker geen aantal uren.",
          en: "The processor notifies the controller without undue delay after becoming aware of a personal data breach. The GDPR sets no number of hours for the processor.",
        },
      },
      {
        ref: { nl: "Art. 33 lid 1, 3 en 4 AVG", en: "Art. 33(1), (3) and (4) GDPR" },
        text: {
          nl: "De verwerkingsverantwoordelijke meldt een datalek zonder onredelijke vertraging en indien mogelijk uiterlijk 72 uur nadat hij ervan kennis heeft genomen aan de toezichthoudende autoriteit, tenzij het waarschijnlijk geen risico oplevert; een latere melding moet worden gemotiveerd. Ontdekt een verwerker het datalek, dan heeft de verwerkingsverantwoordelijke er in beginsel kennis van genomen zodra de verwerker hem heeft ingelicht (WP250rev.01, door de EDPB onderschreven). De melding beschrijft de aard van het datalek, de categorieën en bij benadering het aantal betrokkenen en registers, een contactpunt, de waarschijnlijke gevolgen en de genomen of voorgestelde maatregelen. Informatie mag in stappen worden verstrekt.",
          en: "The controller notifies a personal data breach to the supervisory authority without undue delay and, where feasible, not later than 72 hours after becoming aware of it, unless it is unlikely to result in a risk; a later notification must give reasons for the delay. Where a processor discovers the breach, the controller is in principle aware of it once the processor has informed it (WP250rev.01, endorsed by the EDPB). The notification describes the nature of the breach, the categories and approximate number of data subjects and records, a contact point, the likely consequences and the measures taken or proposed. Information may be provided in phases.",
        },
      },
      {
        ref: { nl: "Art. 34 en art. 28 lid 3 onder f AVG", en: "Art. 34 and Art. 28(3)(f) GDPR" },
        text: {
          nl: "Levert een datalek waarschijnlijk een hoog risico op, dan deelt de verwerkingsverantwoordelijke het ook aan de betrokkenen mee. De verwerker helpt de verwerkingsverantwoordelijke bij deze verplichtingen, rekening houdend met de aard van de verwerking en de informatie waarover hij beschikt.",
          en: "Where a breach is likely to result in a high risk, the controller also communicates it to the data subjects. The processor assists the controller with these obligations, taking into account the nature of the processing and the information available to it.",
        },
      },
    ],
    lookFor: [
      {
        nl: "Een vaste termijn (bijvoorbeeld 24 uur) of vage woorden (“zo spoedig mogelijk”)? En vanaf wanneer loopt die: vanaf ontdekking, of pas na onderzoek?",
        en: "A fixed deadline (for example 24 hours) or vague wording (“as soon as possible”)? And from when does it run: from discovery, or only after an investigation?",
      },
      {
        nl: "Bevat de melding wat u nodig hebt voor uw eigen melding (art. 33 lid 3), en vult de verwerker haar aan zodra er meer bekend is?",
        en: "Does the notice contain what you need for your own notification (Art. 33(3)), and does the processor update it as more becomes known?",
      },
      {
        nl: "Geldt de meldplicht voor alle datalekken, ook vermoedelijke en die bij subverwerkers?",
        en: "Does the duty cover all breaches, including suspected ones and those at sub-processors?",
      },
      {
        nl: "Laat de verwerker het melden aan de toezichthoudende autoriteit en aan betrokkenen aan u over?",
        en: "Does the processor leave notifying the supervisory authority and data subjects to you?",
      },
      {
        nl: "Is de bijstand bij een datalek kosteloos als de oorzaak bij de verwerker ligt?",
        en: "Is assistance with a breach free of charge when the cause lies with the processor?",
      },
    ],
    redFlags: [
      {
        nl: "De termijn gaat pas lopen als de verwerker het datalek heeft “bevestigd” of onderzocht.",
        en: "The clock only starts once the processor has “confirmed” or investigated the breach.",
      },
      {
        nl: "De meldplicht is beperkt tot incidenten “in de systemen van de verwerker” of “met aanzienlijke gevolgen”: de verwerker beslist dan wat u hoort.",
        en: "The duty is limited to incidents “in the processor's systems” or “with significant impact”: the processor then decides what you hear.",
      },
      {
        nl: "De verwerker meldt zelf aan de toezichthoudende autoriteit of betrokkenen, of communiceert er publiek over, zonder uw instemming.",
        en: "The processor notifies the supervisory authority or data subjects itself, or communicates about the breach publicly, without your consent.",
      },
      {
        nl: "Een termijn voor de verwerker van 72 uur of meer. Uw eigen 72 uur gaan in beginsel pas lopen als de verwerker u heeft ingelicht (WP250rev.01), maar zo'n lange termijn past slecht bij “zonder onredelijke vertraging” (art. 33 lid 2) en vertraagt de melding aan de toezichthoudende autoriteit en de betrokkenen.",
        en: "A processor deadline of 72 hours or more. Your own 72 hours in principle only start once the processor has informed you (WP250rev.01), but so long a deadline sits badly with “without undue delay” (Art. 33(2)) and delays notification to the supervisory authority and data subjects.",
      },
      {
        nl: "Bijstand bij de melding wordt gefactureerd, of u vrijwaart de verwerker voor de maatregelen die hij neemt.",
        en: "Assistance with the notification is invoiced, or you indemnify the processor for the measures it takes.",
      },
    ],
    questions: [
      {
        question: {
          nl: "Hoeveel uur geeft de AVG een verwerker om u een datalek te melden?",
          en: "How many hours does the GDPR give a processor to notify you of a personal data breach?",
        },
        answer: {
          nl: "Geen vast aantal: art. 33 lid 2 zegt “zonder onredelijke vertraging” nadat de verwerker ervan kennis heeft genomen. De 72 uur uit art. 33 lid 1 zijn uw eigen termijn als verwerkingsverantwoordelijke om de toezichthoudende autoriteit in te lichten; ze gaan in beginsel pas lopen als de verwerker u heeft ingelicht (WP250rev.01, door de EDPB onderschreven). Een korte, vaste termijn vanaf ontdekking (bijvoorbeeld 24 uur) is toch een nuttige aanvulling: een trage verwerker schendt art. 33 lid 2 en de overeenkomst, en vertraagt de hele keten tot aan de melding aan de toezichthoudende autoriteit en de betrokkenen.",
          en: "No fixed number: Art. 33(2) says “without undue delay” after the processor becomes aware of the breach. The 72 hours in Art. 33(1) are your own deadline as controller for informing the supervisory authority; they in principle only start once the processor has informed you (WP250rev.01, endorsed by the EDPB). A short, fixed deadline from discovery (for example 24 hours) is still a useful addition: a slow processor breaches Art. 33(2) and the contract, and delays the whole chain up to the notification to the supervisory authority and data subjects.",
        },
      },
      {
        question: {
          nl: "Een overeenkomst zegt dat de verwerker meldt “binnen 24 uur nadat het datalek is bevestigd”. Wat is het addertje?",
          en: "An agreement says the processor notifies “within 24 hours after the breach has been confirmed”. What is the catch?",
        },
        answer: {
          nl: "De termijn gaat pas lopen als de verwerker het datalek heeft bevestigd, en dat kan lang na de ontdekking zijn. Art. 33 lid 2 geldt vanaf het moment dat de verwerker kennis neemt van het datalek. Vraag om een termijn die loopt vanaf de ontdekking, en om melding van vermoedelijke datalekken.",
          en: "The clock only starts once the processor has confirmed the breach, which may be long after discovery. Art. 33(2) applies from the moment the processor becomes aware of the breach. Ask for a deadline that runs from discovery, and for suspected breaches to be reported too.",
        },
      },
      {
        question: {
          nl: "Wie meldt een datalek aan de toezichthoudende autoriteit en aan de betrokkenen: u of de verwerker?",
          en: "Who notifies a personal data breach to the supervisory authority and to data subjects: you or the processor?",
        },
        answer: {
          nl: "U, als verwerkingsverantwoordelijke (art. 33 lid 1 en art. 34). De verwerker informeert u en helpt u daarbij (art. 28 lid 3 onder f). Meldt de verwerker zelf zonder uw instemming, dan neemt hij een beslissing die bij u hoort; goede overeenkomsten zeggen dat hij dat niet doet.",
          en: "You, as controller (Art. 33(1) and Art. 34). The processor informs you and assists you (Art. 28(3)(f)). A processor that notifies on its own without your consent takes a decision that is yours; good agreements say it will not do so.",
        },
      },
      {
        question: {
          nl: "Welke informatie hoort de melding van de verwerker u te geven?",
          en: "What information should the processor's notice give you?",
        },
        answer: {
          nl: "Wat u nodig hebt voor uw eigen melding volgens art. 33 lid 3: de aard van het datalek, de categorieën en bij benadering het aantal betrokkenen en registers, een contactpunt, de waarschijnlijke gevolgen en de genomen of voorgestelde maatregelen. Is nog niet alles bekend, dan mag de informatie in stappen volgen (art. 33 lid 4); de verwerker hoort zijn melding dus aan te vullen.",
          en: "What you need for your own notification under Art. 33(3): the nature of the breach, the categories and approximate number of data subjects and records concerned, a contact point, the likely consequences and the measures taken or proposed. If not everything is known yet, the information may follow in phases (Art. 33(4)), so the processor should update its notice.",
        },
      },
      {
        question: {
          nl: "Er is een datalek bij een subverwerker van uw verwerker. Moet de verwerker u dat melden?",
          en: "A personal data breach occurs at a sub-processor of your processor. Must the processor tell you?",
        },
        answer: {
          nl: "Ja. Het gaat om uw persoonsgegevens, en de verwerker blijft verantwoordelijk voor zijn subverwerkers (art. 28 lid 4), die hun meldplicht via de verwerker aan u moeten nakomen. Een meldplicht die beperkt is tot incidenten “in de eigen systemen” van de verwerker is dus te smal.",
          en: "Yes. They are your personal data, and the processor remains responsible for its sub-processors (Art. 28(4)), whose duty to notify must reach you through the processor. A duty limited to incidents “in the processor's own systems” is therefore too narrow.",
        },
      },
    ],
  },
  {
    id: "data-subject-rights",
    title: { nl: "Rechten van betrokkenen en bijstand", en: "Data subject rights and assistance" },
    summary: {
      nl: "Hoe de verwerker helpt bij verzoeken van betrokkenen, bij een DPIA en bij de andere verplichtingen uit art. 32–36, en wat dat mag kosten.",
      en: "How the processor assists with data subjects' requests, with a DPIA and the other obligations of Art. 32–36, and what that may cost.",
    },
    intro: {
      nl: "Betrokkenen hebben rechten, zoals inzage en wissing, en u moet op hun verzoeken binnen een maand reageren. Ook een DPIA of een datalekmelding kunt u vaak niet zonder de verwerker. In deze module leest u welke bijstand de verwerker moet verlenen, hoe snel, en wanneer de kosten ervan een probleem worden.",
      en: "Data subjects have rights, such as access and erasure, and you must respond to their requests within a month. A DPIA or a breach notification is often impossible without the processor too. In this module you learn what assistance the processor must give, how quickly, and when its cost becomes a problem.",
    },
    clauseTypes: ["data-subject-rights", "compliance-assistance", "assistance-costs"],
    requirements: [
      {
        ref: { nl: "Art. 28 lid 3 onder e AVG", en: "Art. 28(3)(e) GDPR" },
        text: {
          nl: "Rekening houdend met de aard van de verwerking helpt de verwerker de verwerkingsverantwoordelijke door passende technische en organisatorische maatregelen, voor zover mogelijk, bij het beantwoorden van verzoeken van betrokkenen die hun rechten uit hoofdstuk III uitoefenen, onder meer inzage, rectificatie, wissing, beperking, overdraagbaarheid en bezwaar; ook art. 19 (kennisgeving aan ontvangers) en art. 22 (geautomatiseerde besluitvorming) staan in hoofdstuk III.",
          en: "Taking into account the nature of the processing, the processor assists the controller by appropriate technical and organisational measures, insofar as possible, in responding to requests from data subjects exercising their rights under Chapter III, including access, rectification, erasure, restriction, portability and objection; Art. 19 (notifying recipients) and Art. 22 (automated decision-making) are in Chapter III too.",
        },
      },
      {
        ref: { nl: "Art. 12 lid 3 AVG", en: "Art. 12(3) GDPR" },
        text: {
          nl: "De verwerkingsverantwoordelijke reageert onverwijld en in ieder geval binnen een maand na ontvangst van het verzoek. Bij complexe of talrijke verzoeken kan die termijn met nog twee maanden worden verlengd, mits de betrokkene binnen de eerste maand wordt ingelicht. De verwerker heeft geen eigen termijn in de AVG.",
          en: "The controller responds without undue delay and in any event within one month of receiving the request. For complex or numerous requests that period may be extended by two further months, provided the data subject is informed within the first month. The GDPR gives the processor no deadline of its own.",
        },
      },
      {
        ref: { nl: "Art. 28 lid 3 onder f AVG", en: "Art. 28(3)(f) GDPR" },
        text: {
          nl: "Rekening houdend met de aard van de verwerking en de informatie waarover hij beschikt, helpt de verwerker de verwerkingsverantwoordelijke bij de verplichtingen uit art. 32 tot en met 36: beveiliging, melding van datalekken aan de toezichthoudende autoriteit en aan betrokkenen, de gegevensbeschermingseffectbeoordeling (DPIA) en de voorafgaande raadpleging van de toezichthoudende autoriteit.",
          en: "Taking into account the nature of the processing and the information available to it, the processor assists the controller with the obligations of Art. 32 to 36: security, notification of personal data breaches to the supervisory authority and to data subjects, the data protection impact assessment (DPIA) and prior consultation of the supervisory authority.",
        },
      },
      {
        ref: { nl: "Art. 12 lid 5 AVG", en: "Art. 12(5) GDPR" },
        text: {
          nl: "Voor betrokkenen is het uitoefenen van hun rechten in beginsel kosteloos. Wie tussen verwerkingsverantwoordelijke en verwerker de kosten van bijstand draagt, regelt de AVG niet; dat is een contractuele afspraak.",
          en: "For data subjects, exercising their rights is in principle free of charge. Who bears the cost of assistance between controller and processor, the GDPR does not say; that is a contractual matter.",
        },
      },
    ],
    lookFor: [
      {
        nl: "Stuurt de verwerker verzoeken die hij zelf ontvangt naar u door, en binnen welke termijn: een vaste (bijvoorbeeld enkele werkdagen) of “zonder onredelijke vertraging”?",
        en: "Does the processor forward requests it receives itself, and within what period: a fixed one (for example a few working days) or “without undue delay”?",
      },
      {
        nl: "Beantwoordt de verwerker verzoeken niet zelf zonder uw instructie?",
        en: "Does the processor refrain from answering requests itself without your instruction?",
      },
      {
        nl: "Hoe krijgt u bijstand: via functies in de dienst (exporteren, corrigeren, wissen) of alleen via support?",
        en: "How is assistance given: through functions in the service (export, correct, erase) or only via support?",
      },
      {
        nl: "Welke informatie levert de verwerker voor een DPIA: een beschrijving van de dienst, beveiligingsdocumentatie, locaties en subverwerkers?",
        en: "What information does the processor supply for a DPIA: a description of the service, security documentation, locations and sub-processors?",
      },
      {
        nl: "Kosten: inbegrepen of tegen uurtarief; een vast tarief of “het dan geldende tarief”; vooraf een kostenraming; geen kosten als de oorzaak bij de verwerker ligt.",
        en: "Costs: included or at an hourly rate; a fixed rate or “the rate applicable at the time”; an estimate in advance; no charge when the cause lies with the processor.",
      },
    ],
    redFlags: [
      {
        nl: "Geen termijn voor het doorsturen van verzoeken, of de verwerker verwijst de betrokkene door zonder u in te lichten.",
        en: "No deadline for forwarding requests, or the processor redirects the data subject without telling you.",
      },
      {
        nl: "De verwerker bepaalt eenzijdig wat “mogelijk” of “redelijk” is, zonder dat te hoeven motiveren. “Voor zover mogelijk” staat zelf in art. 28 lid 3 onder e en is op zich geen waarschuwingssignaal.",
        en: "The processor alone decides what is “possible” or “reasonable”, without having to give reasons. “Insofar as possible” is in Art. 28(3)(e) itself and is not a warning sign on its own.",
      },
      {
        nl: "Alle bijstand op grond van art. 28 lid 3 onder e, f en h kan in rekening worden gebracht, zonder tarief of plafond.",
        en: "All assistance under Art. 28(3)(e), (f) and (h) can be charged, with no rate or cap.",
      },
      {
        nl: "Slechts enkele rechten genoemd, bijvoorbeeld alleen inzage en rectificatie.",
        en: "Only some rights named, for example only access and rectification.",
      },
    ],
    questions: [
      {
        question: {
          nl: "Hoe lang hebt u om op een verzoek van een betrokkene te reageren, en wat betekent dat voor de verwerker?",
          en: "How long do you have to respond to a data subject's request, and what does that mean for the processor?",
        },
        answer: {
          nl: "Onverwijld en in ieder geval binnen een maand na ontvangst; bij complexe of talrijke verzoeken kan dat met twee maanden worden verlengd, als u de betrokkene binnen de eerste maand inlicht (art. 12 lid 3). De AVG geeft de verwerker geen eigen termijn, dus zijn bijstand moet snel genoeg komen om die van u te halen. Een vaste, korte doorstuurtermijn helpt.",
          en: "Without undue delay and in any event within one month of receipt; for complex or numerous requests this may be extended by two months, if you inform the data subject within the first month (Art. 12(3)). The GDPR gives the processor no deadline of its own, so its assistance must come quickly enough for you to meet yours. A fixed, short forwarding period helps.",
        },
      },
      {
        question: {
          nl: "Een betrokkene mailt de leverancier rechtstreeks met een verzoek om wissing. Wat hoort de leverancier onder een goede verwerkersovereenkomst te doen?",
          en: "A data subject emails the vendor directly asking for erasure. What should the vendor do under a good data processing agreement?",
        },
        answer: {
          nl: "Het verzoek snel naar u doorsturen en het niet zelf afhandelen zonder uw instructie. U beslist als verwerkingsverantwoordelijke over het verzoek; de verwerker helpt (art. 28 lid 3 onder e). Een leverancier die de betrokkene alleen naar u verwijst zonder u in te lichten, laat u onwetend van een termijn die al loopt.",
          en: "Forward the request to you promptly and not handle it itself without your instruction. As controller you decide on the request; the processor assists (Art. 28(3)(e)). A vendor that merely refers the data subject to you without telling you leaves you unaware of a deadline that is already running.",
        },
      },
      {
        question: {
          nl: "Bij welke verplichtingen moet de verwerker helpen op grond van art. 28 lid 3 onder f?",
          en: "Which obligations must the processor assist with under Art. 28(3)(f)?",
        },
        answer: {
          nl: "Art. 32 tot en met 36: beveiliging van de verwerking, melding van een datalek aan de toezichthoudende autoriteit, mededeling aan betrokkenen, de gegevensbeschermingseffectbeoordeling (DPIA) en de voorafgaande raadpleging van de toezichthoudende autoriteit. De verplichtingen blijven van u; de verwerker helpt, rekening houdend met de aard van de verwerking en de informatie waarover hij beschikt.",
          en: "Art. 32 to 36: security of processing, notification of a personal data breach to the supervisory authority, communication to data subjects, the data protection impact assessment (DPIA) and prior consultation of the supervisory authority. The obligations remain yours; the processor assists, taking into account the nature of the processing and the information available to it.",
        },
      },
      {
        question: {
          nl: "Mag de verwerker u kosten rekenen voor bijstand?",
          en: "May the processor charge you for assistance?",
        },
        answer: {
          nl: "De AVG regelt de kosten tussen partijen niet, dus dat is een contractuele afspraak. Redelijk is: standaardfuncties kosteloos, maatwerk tegen een afgesproken tarief met vooraf een raming, en geen kosten als de oorzaak bij de verwerker ligt (bijvoorbeeld een datalek in zijn systemen). Kosten die zo hoog of zo vaag zijn dat ze u ervan weerhouden om bijstand te vragen, hollen art. 28 lid 3 onder e en f in de praktijk uit.",
          en: "The GDPR does not regulate costs between the parties, so it is a contractual matter. Reasonable: standard functions free of charge, custom work at an agreed rate with an estimate in advance, and no charge when the cause lies with the processor (for example a breach in its systems). Charges so high or so vague that they deter you from asking for assistance hollow out Art. 28(3)(e) and (f) in practice.",
        },
      },
    ],
  },
  {
    id: "audits",
    title: { nl: "Informatie en audits", en: "Information and audits" },
    summary: {
      nl: "Hoe u controleert of de verwerker zijn afspraken nakomt: informatie, certificaten, audits en inspecties.",
      en: "How you check that the processor keeps its commitments: information, certificates, audits and inspections.",
    },
    intro: {
      nl: "U moet kunnen aantonen dat de verwerking aan de AVG voldoet, ook het deel dat de verwerker doet. Daarvoor hebt u informatie nodig, en zo nodig een audit. In deze module leest u welke rechten de AVG u geeft, welke beperkingen gangbaar zijn en welke uw auditrecht uithollen.",
      en: "You must be able to demonstrate that the processing complies with the GDPR, including the part the processor carries out. For that you need information and, where necessary, an audit. In this module you learn which rights the GDPR gives you, which limits are common, and which ones hollow out your audit right.",
    },
    clauseTypes: ["audits"],
    requirements: [
      {
        ref: { nl: "Art. 28 lid 3 onder h AVG", en: "Art. 28(3)(h) GDPR" },
        text: {
          nl: "De verwerker stelt alle informatie ter beschikking die nodig is om aan te tonen dat de verplichtingen uit art. 28 worden nagekomen, en maakt audits, waaronder inspecties, door de verwerkingsverantwoordelijke of een door haar gemachtigde controleur mogelijk en draagt eraan bij. De AVG noemt geen frequentie, aankondigingstermijn of kostenverdeling.",
          en: "The processor makes available all information necessary to demonstrate compliance with the obligations of Art. 28, and allows for and contributes to audits, including inspections, conducted by the controller or another auditor mandated by the controller. The GDPR sets no frequency, notice period or cost allocation.",
        },
      },
      {
        ref: { nl: "Art. 28 lid 5 AVG", en: "Art. 28(5) GDPR" },
        text: {
          nl: "Aansluiting bij een goedgekeurde gedragscode (art. 40) of een goedgekeurd certificeringsmechanisme (art. 42) kan een element zijn om aan te tonen dat de verwerker afdoende garanties biedt. Het vervangt het auditrecht niet.",
          en: "Adherence to an approved code of conduct (Art. 40) or an approved certification mechanism (Art. 42) may be used as an element to demonstrate that the processor provides sufficient guarantees. It does not replace the audit right.",
        },
      },
      {
        ref: { nl: "Art. 5 lid 2 en art. 24 AVG", en: "Art. 5(2) and Art. 24 GDPR" },
        text: {
          nl: "De verwerkingsverantwoordelijke is verantwoordelijk voor de naleving en moet die kunnen aantonen (verantwoordingsplicht). Daarvoor hebt u de informatie en auditresultaten van de verwerker nodig.",
          en: "The controller is responsible for compliance and must be able to demonstrate it (accountability). For that you need the processor's information and audit results.",
        },
      },
      {
        ref: { nl: "Art. 58 lid 1 AVG", en: "Art. 58(1) GDPR" },
        text: {
          nl: "Los van uw eigen auditrecht kan de toezichthoudende autoriteit zelf onderzoek doen, ook bij de verwerker.",
          en: "Separately from your own audit right, the supervisory authority can carry out its own investigations, including at the processor.",
        },
      },
    ],
    lookFor: [
      {
        nl: "Hoe vaak mag u auditen en met welke aankondigingstermijn? Is er een uitzondering na een datalek of bij aanwijzingen van niet-nakoming?",
        en: "How often may you audit, and with how much notice? Is there an exception after a breach or where there are signs of non-compliance?",
      },
      {
        nl: "Alleen documentatie (certificaten, SOC 2- of ISAE 3402-rapporten), of ook een inspectie als dat nodig is?",
        en: "Documentation only (certificates, SOC 2 or ISAE 3402 reports), or also an inspection where needed?",
      },
      {
        nl: "Wie mag auditen: u zelf, uw eigen auditor of alleen een onafhankelijke derde? Mag de verwerker een auditor alleen op redelijke gronden weigeren?",
        en: "Who may audit: you, your own auditor or only an independent third party? May the processor refuse an auditor only on reasonable grounds?",
      },
      {
        nl: "Wie betaalt? Gangbaar is: u betaalt uw eigen audit, de verwerker draagt de kosten als de audit tekortkomingen aantoont.",
        en: "Who pays? A common split: you pay for your own audit, and the processor pays if the audit reveals shortcomings.",
      },
      {
        nl: "Krijgt u de bevindingen, en herstelt de verwerker tekortkomingen binnen een afgesproken termijn?",
        en: "Do you receive the findings, and does the processor fix shortcomings within an agreed period?",
      },
    ],
    redFlags: [
      {
        nl: "Een audit alleen “na overleg” of met instemming van de verwerker, of de verwerker mag naar eigen inzicht weigeren.",
        en: "An audit only “after consultation” or with the processor's consent, or the processor may refuse at its own discretion.",
      },
      {
        nl: "U moet eerst aantonen dat de documentatie “aantoonbaar” tekortschiet.",
        en: "You must first prove that the documentation “demonstrably” falls short.",
      },
      {
        nl: "Alle kosten voor u, ook die van de verwerker en zijn partners, of een uurtarief dat u van auditen weerhoudt.",
        en: "All costs for you, including those of the processor and its partners, or an hourly rate that deters you from auditing.",
      },
      {
        nl: "De verwerker bepaalt zelf welke verbeteringen hij doorvoert, of de resultaten mogen niet worden gedeeld.",
        en: "The processor itself decides which improvements it makes, or the results may not be shared.",
      },
    ],
    questions: [
      {
        question: {
          nl: "Een leverancier biedt zijn ISO 27001-certificaat en een SOC 2-rapport aan “in plaats van audits”. Is dat genoeg?",
          en: "A vendor offers its ISO 27001 certificate and a SOC 2 report “instead of audits”. Is that enough?",
        },
        answer: {
          nl: "Certificaten en rapporten beantwoorden veel vragen, maar art. 28 lid 3 onder h vraagt dat de verwerker audits, waaronder inspecties, door u of een door u gemachtigde controleur mogelijk maakt. Eerst de rapporten gebruiken is redelijk; audits helemaal uitsluiten niet. ISO 27001 en SOC 2 zijn bovendien geen goedgekeurde AVG-certificering als bedoeld in art. 42; controleer in elk geval de reikwijdte van het certificaat.",
          en: "Certificates and reports answer many questions, but Art. 28(3)(h) requires the processor to allow for audits, including inspections, by you or an auditor you mandate. Relying on the reports first is reasonable; excluding audits altogether is not. Moreover, ISO 27001 and SOC 2 are not approved GDPR certifications within the meaning of Art. 42; in any case, check the certificate's scope.",
        },
      },
      {
        question: {
          nl: "De overeenkomst staat één audit per jaar toe, met 30 dagen aankondiging en op uw kosten. Is dat aanvaardbaar?",
          en: "The agreement allows one audit a year, with 30 days' notice and at your expense. Is that acceptable?",
        },
        answer: {
          nl: "Meestal wel: de AVG noemt geen frequentie, aankondigingstermijn of kostenverdeling, en dit zijn gangbare grenzen. Controleer wel of er een uitzondering is na een datalek of bij aanwijzingen van niet-nakoming, en of de verwerker de kosten draagt als de audit tekortkomingen aantoont.",
          en: "Usually, yes: the GDPR sets no frequency, notice period or cost allocation, and these are common limits. Do check that there is an exception after a breach or where there are signs of non-compliance, and that the processor bears the costs if the audit reveals shortcomings.",
        },
      },
      {
        question: {
          nl: "Waarom is “een audit na overleg met de verwerker” een rode vlag?",
          en: "Why is “an audit after consultation with the processor” a red flag?",
        },
        answer: {
          nl: "Hangt de audit af van overleg met of instemming van de verwerker, dan kan die haar in de praktijk uitstellen of tegenhouden, terwijl art. 28 lid 3 onder h vraagt dat hij audits mogelijk maakt en eraan bijdraagt. Vraag om een auditrecht met een vaste aankondigingstermijn, waarbij de verwerker een auditor alleen op redelijke gronden mag weigeren, bijvoorbeeld een directe concurrent.",
          en: "If the audit depends on consultation with, or the consent of, the processor, it can delay or block the audit in practice, whereas Art. 28(3)(h) requires it to allow for and contribute to audits. Ask for an audit right with a fixed notice period, where the processor may refuse an auditor only on reasonable grounds, for example a direct competitor.",
        },
      },
      {
        question: {
          nl: "Wat doet u met de bevindingen van een audit?",
          en: "What do you do with an audit's findings?",
        },
        answer: {
          nl: "U hebt ze nodig om zelf de naleving aan te tonen (art. 5 lid 2 en art. 24). Zorg dat u de bevindingen krijgt, dat de verwerker tekortkomingen binnen een afgesproken termijn herstelt en dat u de resultaten zo nodig met uw toezichthoudende autoriteit of uw eigen auditors kunt delen. Een bepaling dat de verwerker zelf bepaalt welke verbeteringen hij doorvoert, laat u met lege handen.",
          en: "You need them to demonstrate compliance yourself (Art. 5(2) and Art. 24). Make sure you receive the findings, that the processor fixes shortcomings within an agreed period, and that you can share the results with your supervisory authority or your own auditors if needed. A clause saying the processor itself decides which improvements it makes leaves you empty-handed.",
        },
      },
    ],
  },
  {
    id: "end-of-contract",
    title: { nl: "Einde van de overeenkomst", en: "End of the contract" },
    summary: {
      nl: "Wat er met de persoonsgegevens gebeurt als de dienst stopt: teruggeven, verwijderen, back-ups en bewaarplichten.",
      en: "What happens to the personal data when the service ends: return, deletion, backups and retention obligations.",
    },
    intro: {
      nl: "Een overeenkomst eindigt, maar de gegevens zijn dan niet vanzelf weg. U bepaalt of de verwerker ze teruggeeft of verwijdert, en ook kopieën en back-ups horen daarbij. In deze module leest u hoe u het einde van de verwerking regelt voordat het zover is.",
      en: "An agreement ends, but the data do not disappear by themselves. You decide whether the processor returns or deletes them, and copies and backups are part of that. In this module you learn how to arrange the end of the processing before it comes.",
    },
    clauseTypes: ["deletion-return", "term-termination"],
    requirements: [
      {
        ref: { nl: "Art. 28 lid 3 onder g AVG", en: "Art. 28(3)(g) GDPR" },
        text: {
          nl: "Na afloop van de verwerkingsdiensten wist de verwerker, naargelang de keuze van de verwerkingsverantwoordelijke, alle persoonsgegevens of bezorgt hij ze terug, en verwijdert hij bestaande kopieën, tenzij opslag verplicht is op grond van Unierecht of lidstatelijk recht. De AVG noemt geen termijn en zegt niets apart over back-ups; ook back-ups zijn kopieën.",
          en: "At the end of the provision of processing services, the processor, at the choice of the controller, deletes or returns all the personal data and deletes existing copies, unless Union or Member State law requires storage. The GDPR sets no deadline and says nothing specific about backups; backups are copies too.",
        },
      },
      {
        ref: { nl: "Art. 28 lid 3 AVG (aanhef)", en: "Art. 28(3) GDPR (opening words)" },
        text: {
          nl: "De overeenkomst legt de duur van de verwerking vast. Verder stelt de AVG geen eisen aan looptijd, opzegging of beëindiging; die zijn contractueel. De afspraken moeten wel gelden zolang de verwerker gegevens voor u verwerkt, ook tijdens de afbouw.",
          en: "The agreement sets out the duration of the processing. Beyond that, the GDPR sets no requirements on term, notice or termination; those are contractual. The arrangements must, however, apply for as long as the processor processes data for you, including during the wind-down.",
        },
      },
    ],
    lookFor: [
      {
        nl: "Kiest u tussen teruggave en verwijdering, of beslist de verwerker?",
        en: "Do you choose between return and deletion, or does the processor decide?",
      },
      {
        nl: "In welk formaat, binnen welke termijn en tegen welke kosten krijgt u de gegevens terug of kunt u ze exporteren?",
        en: "In what format, within what period and at what cost do you get the data back or can you export them?",
      },
      {
        nl: "Binnen welke termijn worden de gegevens verwijderd, en wat gebeurt er met back-ups: overschreven binnen een vaste, genoemde cyclus en tot dan beveiligd en buiten gebruik?",
        en: "Within what period are the data deleted, and what happens to backups: overwritten within a fixed, stated cycle and kept secure and out of use until then?",
      },
      {
        nl: "Beroept de verwerker zich op een bewaarplicht? Welke gegevens, hoe lang en op grond van welke wet?",
        en: "Does the processor rely on a retention obligation? Which data, for how long and under which law?",
      },
      {
        nl: "Blijven de verplichtingen gelden zolang de verwerker nog gegevens heeft, en krijgt u op verzoek een bevestiging van verwijdering, ook bij subverwerkers?",
        en: "Do the obligations continue for as long as the processor still holds data, and do you get confirmation of deletion on request, including at sub-processors?",
      },
    ],
    redFlags: [
      {
        nl: "Alleen verwijdering, geen teruggave, of u moet alles zelf veiligstellen vóór de beëindiging.",
        en: "Deletion only, no return, or you must secure everything yourself before termination.",
      },
      {
        nl: "Geen termijn voor verwijdering, of pas “na afloop van toepasselijke bewaartermijnen” zonder te zeggen welke.",
        en: "No deadline for deletion, or only “after applicable retention periods” without saying which.",
      },
      {
        nl: "Back-ups worden niet genoemd of onbeperkt bewaard.",
        en: "Backups are not mentioned, or are kept indefinitely.",
      },
      {
        nl: "De verwerker mag eenzijdig beëindigen of de dienst opschorten zonder termijn en zonder regeling voor uw gegevens.",
        en: "The processor may terminate or suspend the service unilaterally, with no notice period and no arrangement for your data.",
      },
    ],
    questions: [
      {
        question: {
          nl: "De overeenkomst eindigt. Wie beslist of de verwerker de persoonsgegevens teruggeeft of verwijdert?",
          en: "The agreement ends. Who decides whether the processor returns or deletes the personal data?",
        },
        answer: {
          nl: "U, als verwerkingsverantwoordelijke: art. 28 lid 3 onder g zegt “naargelang de keuze van de verwerkingsverantwoordelijke”. Een bepaling dat “de gegevens na beëindiging worden verwijderd”, zonder mogelijkheid van teruggave, neemt u die keuze af. Vaak wilt u beide: eerst een export, daarna verwijdering.",
          en: "You, as controller: Art. 28(3)(g) says “at the choice of the controller”. A clause saying “the data will be deleted after termination”, with no option of return, takes that choice away from you. Often you want both: first an export, then deletion.",
        },
      },
      {
        question: {
          nl: "Vallen back-ups onder de verwijderplicht?",
          en: "Are backups covered by the duty to delete?",
        },
        answer: {
          nl: "Ja: art. 28 lid 3 onder g vraagt ook bestaande kopieën te verwijderen, tenzij Unierecht of lidstatelijk recht opslag verplicht. De AVG noemt geen termijn. Gangbaar is dat back-ups binnen een vaste, genoemde cyclus worden overschreven, mits ze tot dan beveiligd blijven en niet worden gebruikt.",
          en: "Yes: Art. 28(3)(g) also requires existing copies to be deleted, unless Union or Member State law requires storage. The GDPR sets no deadline. It is common for backups to be overwritten within a fixed, stated cycle, provided they stay secure and are not used in the meantime.",
        },
      },
      {
        question: {
          nl: "De verwerker zegt gegevens te bewaren “zolang toepasselijke bewaartermijnen dat vereisen”. Wat vraagt u?",
          en: "The processor says it keeps data “for as long as applicable retention periods require”. What do you ask?",
        },
        answer: {
          nl: "Welke gegevens, hoe lang en op grond van welke wet. De uitzondering in art. 28 lid 3 onder g geldt alleen voor opslag die Unierecht of lidstatelijk recht verplicht; het is geen algemene vrijbrief.",
          en: "Which data, for how long and under which law. The exception in Art. 28(3)(g) only covers storage required by Union or Member State law; it is not a blanket exception.",
        },
      },
      {
        question: {
          nl: "Waarom is het belangrijk dat de verwerkersovereenkomst blijft gelden nadat de hoofdovereenkomst is geëindigd?",
          en: "Why does it matter that the data processing agreement stays in force after the main agreement ends?",
        },
        answer: {
          nl: "Zolang de verwerker nog gegevens van u heeft, ook in back-ups of tijdens een overgangsperiode, gaat de verwerking door en moet die onder afspraken volgens art. 28 blijven vallen: geheimhouding, beveiliging, melding van datalekken en verwijdering. Zoek een bepaling dat de verplichtingen gelden zolang de verwerker persoonsgegevens onder zich heeft.",
          en: "As long as the processor still holds your data, including in backups or during a transition period, the processing continues and must stay covered by Art. 28 arrangements: confidentiality, security, breach notification and deletion. Look for a clause saying the obligations apply for as long as the processor holds personal data.",
        },
      },
    ],
  },
  {
    id: "liability-legal-frame",
    title: { nl: "Aansprakelijkheid en juridisch kader", en: "Liability and legal frame" },
    summary: {
      nl: "Wie betaalt bij schade, welke documenten voorgaan, hoe de overeenkomst kan worden gewijzigd en welk recht en welke rechter gelden.",
      en: "Who pays for damage, which documents prevail, how the agreement may be amended, and which law and court apply.",
    },
    intro: {
      nl: "De beste afspraken over beveiliging en datalekken zijn weinig waard als een aansprakelijkheidsbeperking of de algemene voorwaarden ze uithollen. In deze laatste module leest u hoe de AVG aansprakelijkheid regelt, wat partijen daarnaast afspreken, en waar u op let bij rangorde, wijzigingen, toepasselijk recht en bevoegde rechter.",
      en: "The best arrangements on security and breaches are worth little if a limitation of liability or the general terms hollow them out. In this final module you learn how the GDPR deals with liability, what parties agree on top of that, and what to look for in order of precedence, amendments, governing law and jurisdiction.",
    },
    clauseTypes: ["liability", "indemnity", "order-of-precedence", "amendments", "governing-law-forum"],
    requirements: [
      {
        ref: { nl: "Art. 82 lid 1 en 2 AVG", en: "Art. 82(1) and (2) GDPR" },
        text: {
          nl: "Wie schade lijdt door een inbreuk op de AVG, heeft recht op schadevergoeding van de verwerkingsverantwoordelijke of de verwerker. De verwerker is alleen aansprakelijk als hij de specifiek tot verwerkers gerichte verplichtingen niet is nagekomen of buiten of in strijd met de rechtmatige instructies van de verwerkingsverantwoordelijke heeft gehandeld.",
          en: "Anyone who suffers damage as a result of an infringement of the GDPR has the right to compensation from the controller or processor. The processor is liable only where it has not complied with obligations specifically directed to processors or has acted outside or contrary to the controller's lawful instructions.",
        },
      },
      {
        ref: { nl: "Art. 82 lid 4 en 5 AVG", en: "Art. 82(4) and (5) GDPR" },
        text: {
          nl: "Zijn verwerkingsverantwoordelijke en verwerker bij dezelfde verwerking betrokken en voor de schade verantwoordelijk, dan is ieder tegenover de betrokkene aansprakelijk voor de gehele schade. Wie de volledige vergoeding heeft betaald, kan van de ander het deel terugvorderen dat overeenkomt met diens aandeel. Een contractuele beperking werkt dus alleen tussen partijen.",
          en: "Where controller and processor are involved in the same processing and responsible for the damage, each is liable to the data subject for the entire damage. The party that has paid full compensation can claim back from the other the part corresponding to the other's share. A contractual limitation therefore only works between the parties.",
        },
      },
      {
        ref: { nl: "Art. 83 AVG", en: "Art. 83 GDPR" },
        text: {
          nl: "Administratieve geldboetes kunnen aan de verwerkingsverantwoordelijke en aan de verwerker worden opgelegd, maar alleen voor een inbreuk die opzettelijk of uit nalatigheid is gepleegd (HvJ EU C-807/21 (Deutsche Wohnen)). Een verwerkingsverantwoordelijke kan ook een boete krijgen voor een verwerking die zijn verwerker namens hem heeft verricht, tenzij de verwerker voor eigen doeleinden of buiten het door de verwerkingsverantwoordelijke bepaalde kader heeft verwerkt (HvJ EU C-683/21 (Nacionalinis visuomenės sveikatos centras)). Of een boete contractueel op de andere partij kan worden afgewenteld, is juridisch onzeker.",
          en: "Administrative fines can be imposed on the controller and on the processor, but only for an infringement committed intentionally or negligently (CJEU C-807/21 (Deutsche Wohnen)). A controller can also be fined for processing that its processor carried out on its behalf, unless the processor processed the data for its own purposes or outside the framework the controller had set (CJEU C-683/21 (Nacionalinis visuomenės sveikatos centras)). Whether a fine can be passed on to the other party by contract is legally uncertain.",
        },
      },
      {
        ref: { nl: "Art. 28 lid 3 (aanhef) en lid 9 AVG", en: "Art. 28(3) (opening words) and (9) GDPR" },
        text: {
          nl: "De verwerkersovereenkomst is een overeenkomst of andere rechtshandeling naar Unierecht of lidstatelijk recht, en wordt schriftelijk vastgelegd, ook in elektronische vorm. Ook na een wijziging moet ze aan art. 28 lid 3 voldoen.",
          en: "The data processing agreement is a contract or other legal act under Union or Member State law, and is in writing, including in electronic form. It must still meet Art. 28(3) after any amendment.",
        },
      },
      {
        ref: { nl: "Art. 79 lid 2 AVG", en: "Art. 79(2) GDPR" },
        text: {
          nl: "Betrokkenen kunnen een vordering instellen bij de gerechten van de lidstaat waar de verwerkingsverantwoordelijke of verwerker een vestiging heeft, of van de lidstaat waar zij hun gewone verblijfplaats hebben, tenzij de verwerkingsverantwoordelijke of verwerker een overheidsinstantie van een lidstaat is die optreedt in de uitoefening van het overheidsgezag. De rechtskeuze en forumkeuze in de overeenkomst gelden alleen tussen partijen.",
          en: "Data subjects can bring proceedings before the courts of the Member State where the controller or processor has an establishment, or of the Member State where they have their habitual residence, unless the controller or processor is a public authority of a Member State acting in the exercise of its public powers. The choice of law and forum in the agreement only applies between the parties.",
        },
      },
    ],
    lookFor: [
      {
        nl: "Hoe hoog is de aansprakelijkheidslimiet in verhouding tot de schade bij een datalek, en geldt er een aparte limiet voor schade door schending van de gegevensbescherming?",
        en: "How high is the liability cap compared with the damage a breach can cause, and is there a separate cap for data protection damage?",
      },
      {
        nl: "Zijn “indirecte schade”, “gevolgschade” of verlies van gegevens uitgesloten? Zijn opzet, grove nalatigheid en schending van beveiliging of geheimhouding uitgezonderd van de limiet?",
        en: "Are “indirect loss”, “consequential loss” or loss of data excluded? Are intent, gross negligence and breaches of security or confidentiality excepted from the cap?",
      },
      {
        nl: "Is een vrijwaring eenzijdig, en dekt ze ook boetes?",
        en: "Is an indemnity one-sided, and does it also cover fines?",
      },
      {
        nl: "Gaat de verwerkersovereenkomst voor persoonsgegevens voor op de hoofdovereenkomst en de algemene voorwaarden?",
        en: "Does the data processing agreement prevail over the main agreement and the general terms as far as personal data are concerned?",
      },
      {
        nl: "Mag de verwerker de overeenkomst eenzijdig wijzigen? Zo ja: met aankondiging, een redelijke termijn en het recht om kosteloos op te zeggen? En welk recht en welke rechter gelden?",
        en: "May the processor amend the agreement unilaterally? If so: with notice, a reasonable period and the right to terminate free of charge? And which law and court apply?",
      },
    ],
    redFlags: [
      {
        nl: "Verlies van gegevens uitdrukkelijk uitgesloten, een limiet van enkele maanden vergoeding of een zeer korte termijn om schade te melden.",
        en: "Loss of data expressly excluded, a cap of a few months' fees, or a very short period for claiming damage.",
      },
      {
        nl: "Een eenzijdige vrijwaring door u, inclusief boetes, zonder vrijwaring door de verwerker.",
        en: "A one-sided indemnity from you, including fines, with no indemnity from the processor.",
      },
      {
        nl: "Boetes die (mede) door de verwerker zijn veroorzaakt, blijven voor uw rekening.",
        en: "Fines caused (partly) by the processor remain at your expense.",
      },
      {
        nl: "De algemene voorwaarden van de verwerker gaan voor, of uw eigen verwerkersovereenkomst wordt afgewezen.",
        en: "The processor's general terms prevail, or your own data processing agreement is rejected.",
      },
      {
        nl: "Eenzijdige wijziging waarbij “voortgezet gebruik geldt als aanvaarding”.",
        en: "Unilateral amendment where “continued use counts as acceptance”.",
      },
    ],
    questions: [
      {
        question: {
          nl: "Een betrokkene eist schadevergoeding van u voor een datalek dat uw verwerker heeft veroorzaakt. Kunt u die schade doorschuiven?",
          en: "A data subject claims compensation from you for a breach your processor caused. Can you pass the damage on?",
        },
        answer: {
          nl: "Tegenover de betrokkene kunt u aansprakelijk zijn voor de gehele schade (art. 82 lid 4). Daarna kunt u van de verwerker het deel terugvorderen dat overeenkomt met zijn aandeel (art. 82 lid 5). Een contractuele limiet of uitsluiting in de overeenkomst beperkt dat verhaal tussen u en de verwerker; de vordering van de betrokkene op u beperkt ze niet.",
          en: "Towards the data subject you can be liable for the entire damage (Art. 82(4)). You can then claim back from the processor the part corresponding to its share (Art. 82(5)). A contractual cap or exclusion in the agreement limits that recourse between you and the processor; it does not limit the data subject's claim against you.",
        },
      },
      {
        question: {
          nl: "Waarom is een uitsluiting van “indirecte schade” of “gevolgschade” belangrijk in een verwerkersovereenkomst?",
          en: "Why does an exclusion of “indirect” or “consequential” loss matter in a data processing agreement?",
        },
        answer: {
          nl: "Na een datalek kan veel van de schade onder die noemers vallen: kosten van onderzoek, van het informeren van betrokkenen, van claims en reputatieschade. Samen met een lage limiet betaalt de verwerker dan weinig van de werkelijke schade. Zoek een aparte, hogere limiet voor schade door schending van de gegevensbescherming, of een uitzondering van de limiet voor schending van beveiliging en geheimhouding.",
          en: "After a personal data breach much of the damage can fall under those labels: the costs of investigation, of informing data subjects, of claims, and reputational harm. Combined with a low cap, the processor then pays little of the actual damage. Look for a separate, higher cap for data protection damage, or for breaches of security and confidentiality to be excepted from the cap.",
        },
      },
      {
        question: {
          nl: "De verwerkersovereenkomst zegt dat bij strijdigheid de algemene voorwaarden van de leverancier voorgaan. Waarom doet dat ertoe?",
          en: "The data processing agreement says the vendor's general terms prevail in case of conflict. Why does that matter?",
        },
        answer: {
          nl: "De algemene voorwaarden kunnen beperkingen bevatten (aansprakelijkheid, kosten, eenzijdige wijziging) die de bescherming van de verwerkersovereenkomst uithollen. Voor persoonsgegevens hoort de verwerkersovereenkomst voor te gaan op de hoofdovereenkomst en de algemene voorwaarden. Gelden er standaardcontractbepalingen, dan gaan die voor op strijdige afspraken.",
          en: "The general terms may contain limits (liability, costs, unilateral amendment) that hollow out the protection of the data processing agreement. For personal data, the data processing agreement should prevail over the main agreement and the general terms. Where standard contractual clauses apply, they prevail over conflicting arrangements.",
        },
      },
      {
        question: {
          nl: "Mag een leverancier zijn verwerkersovereenkomst wijzigen door een nieuwe versie op zijn website te zetten?",
          en: "May a vendor amend its data processing agreement by posting a new version on its website?",
        },
        answer: {
          nl: "De AVG verbiedt eenzijdige wijziging niet, maar de overeenkomst moet schriftelijk zijn vastgelegd, ook elektronisch (art. 28 lid 9), en na elke wijziging aan art. 28 lid 3 blijven voldoen. Met “voortgezet gebruik geldt als aanvaarding” hebt u geen zeggenschap. Zoek een aankondiging vooraf, een redelijke termijn en het recht om kosteloos op te zeggen als u het niet eens bent, of een beperking tot wijzigingen die de wet vereist.",
          en: "The GDPR does not forbid unilateral amendment, but the agreement must be in writing, including electronically (Art. 28(9)), and must keep meeting Art. 28(3) after every amendment. With “continued use counts as acceptance” you have no say. Look for advance notice, a reasonable period and the right to terminate free of charge if you disagree, or a limit to changes required by law.",
        },
      },
      {
        question: {
          nl: "Bepaalt de forumkeuze in de verwerkersovereenkomst waar een betrokkene kan procederen?",
          en: "Does the choice of forum in the data processing agreement decide where a data subject can sue?",
        },
        answer: {
          nl: "Nee. Betrokkenen kunnen een vordering instellen in de lidstaat waar de verwerkingsverantwoordelijke of verwerker een vestiging heeft, of in de lidstaat waar zij hun gewone verblijfplaats hebben, tenzij de tegenpartij een overheidsinstantie van een lidstaat is die optreedt in de uitoefening van het overheidsgezag (art. 79 lid 2). De rechtskeuze en forumkeuze gelden alleen voor geschillen tussen u en de verwerker.",
          en: "No. Data subjects can bring proceedings in the Member State where the controller or processor has an establishment, or in the Member State where they have their habitual residence, unless the other side is a public authority of a Member State acting in the exercise of its public powers (Art. 79(2)). The choice of law and forum only governs disputes between you and the processor.",
        },
      },
    ],
  },
];
