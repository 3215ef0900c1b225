//! Demo content for `praxis demo`: fictional buyers, their communities and
//! the threads they have written, as static data.
//!
//! Everything here is invented. The people work for made-up contracting
//! authorities on the `demo-ministry.example` domain (and its subdomains),
//! so no real person, company or tender is named. The content imitates the
//! sub-communities of a national procurement forum: sector communities,
//! purchasing networks, project communities and policy fields, in English,
//! Dutch and French, with questions that have (or still wait for) an
//! accepted answer.
//!
//! Indices (`author`, `managers`, `members`, `accepted`) point into
//! [`PEOPLE`] and into a thread's `replies`. The invariants the seeding code
//! relies on: every index is in range, every thread or reply author is a
//! member or manager of the thread's community, the admin (index 0) manages
//! nothing, an accepted answer is never written by the question's author,
//! and every expertise code is one of `praxis_domain::taxonomy` (the tests
//! at the end check this).

/// A demo account.
pub struct DemoPerson {
    /// On `demo-ministry.example` or one of its subdomains; guests come
    /// from outside (their own `.example` domain).
    pub email: &'static str,
    /// Display name, also the `@mention` handle once lower-cased and hyphenated.
    pub name: &'static str,
    pub organisation: &'static str,
    /// `"admin"`, `"moderator"`, `"helpdesk"`, `"member"` or `"guest"`.
    pub role: &'static str,
    /// First person, in the working language of the person's organisation.
    pub bio: &'static str,
    pub region: &'static str,
    /// ISO 639-1 codes of the languages spoken.
    pub languages: &'static [&'static str],
    /// 2–5 codes of `praxis_domain::taxonomy`.
    pub expertise: &'static [&'static str],
}

/// A community with its managers and members.
pub struct DemoCommunity {
    pub slug: &'static str,
    pub name: &'static str,
    /// `"sector"`, `"network"`, `"project"` or `"policy"`.
    pub kind: &'static str,
    /// `"open"`, `"approval"` or `"invite"`.
    pub membership: &'static str,
    /// Markdown.
    pub description: &'static str,
    /// Indices into [`PEOPLE`].
    pub managers: &'static [usize],
    /// Indices into [`PEOPLE`]; may repeat the managers.
    pub members: &'static [usize],
}

/// A reply in a thread.
pub struct DemoReply {
    /// Index into [`PEOPLE`].
    pub author: usize,
    /// Markdown.
    pub body: &'static str,
}

/// A question or discussion with its replies.
pub struct DemoThread {
    /// Slug of a [`DemoCommunity`].
    pub community: &'static str,
    /// Index into [`PEOPLE`].
    pub author: usize,
    /// `"question"` or `"discussion"`.
    pub kind: &'static str,
    pub title: &'static str,
    /// Markdown.
    pub body: &'static str,
    pub tags: &'static [&'static str],
    /// 1–3 codes of `praxis_domain::taxonomy` fitting the subject.
    pub expertise: &'static [&'static str],
    /// `"en"`, `"nl"` or `"fr"`: the language the thread is written in.
    pub language: &'static str,
    pub replies: &'static [DemoReply],
    /// For questions: index into `replies` of the accepted answer.
    pub accepted: Option<usize>,
}

pub const PEOPLE: &[DemoPerson] = &[
    // 0
    DemoPerson {
        email: "admin@demo-ministry.example",
        name: "Ada Admin",
        organisation: "Central Procurement Expertise Centre",
        role: "admin",
        bio: "I run Praxis for the Central Procurement Expertise Centre: accounts, buyer \
            domains and the usage code. Before that I spent eight years on open procedures \
            and framework agreements for a ministry, so I still read the threads with a \
            buyer's eye.",
        region: "South Holland",
        languages: &["en", "nl"],
        expertise: &[
            "proc-open",
            "proc-framework-agreement",
            "proc-below-threshold",
        ],
    },
    // 1
    DemoPerson {
        email: "moderator@demo-ministry.example",
        name: "Mo Moderator",
        organisation: "Central Procurement Expertise Centre",
        role: "moderator",
        bio: "I moderate the communities and follow the legal discussions closely. At the \
            Expertise Centre I advise on framework agreements, dynamic purchasing systems, \
            exclusion grounds and the EU thresholds, and I keep the starter pages up to \
            date.",
        region: "Utrecht",
        languages: &["en", "nl", "de"],
        expertise: &[
            "proc-framework-agreement",
            "proc-dynamic-purchasing-system",
            "proc-open",
            "proc-below-threshold",
        ],
    },
    // 2
    DemoPerson {
        email: "helpdesk@demo-ministry.example",
        name: "Helga Helpdesk",
        organisation: "Central Procurement Expertise Centre, Helpdesk",
        role: "helpdesk",
        bio: "I answer the questions that reach the Expertise Centre's helpdesk and share \
            the broadly useful ones here, anonymised. Most are about below-threshold \
            purchasing, market consultations, framework agreements, the ESPD and the \
            social domain; I reply in English, Dutch or French.",
        region: "South Holland",
        languages: &["en", "nl", "fr"],
        expertise: &[
            "proc-below-threshold",
            "proc-framework-agreement",
            "proc-open",
            "policy-social",
        ],
    },
    // 3
    DemoPerson {
        email: "anna.devries@demo-ministry.example",
        name: "Anna de Vries",
        organisation: "Ministry of Infrastructure, Procurement Department",
        role: "member",
        bio: "I lead tenders for infrastructure works and engineering services at the \
            Ministry of Infrastructure: dike reinforcements, tunnel installations and the \
            sustainable refurbishment of government offices. I work with open procedures, \
            framework agreements and market consultations, and I have run an innovation \
            partnership for smart sensors.",
        region: "South Holland",
        languages: &["nl", "en", "de"],
        expertise: &[
            "cpv-45",
            "cpv-71",
            "proc-framework-agreement",
            "policy-green",
            "policy-innovation",
        ],
    },
    // 4
    DemoPerson {
        email: "julien.martin@demo-ministry.example",
        name: "Julien Martin",
        organisation: "Ministry of Economy, Directorate of State Purchasing",
        role: "member",
        bio: "I work on the State's shared purchasing strategy: framework agreements for \
            consultancy and IT services, model price revision clauses and the e-invoicing \
            rollout for ministries. I also collect figures on how dividing contracts into \
            lots affects SME participation. Happy to answer in French or English.",
        region: "Île-de-France",
        languages: &["fr", "en"],
        expertise: &["proc-framework-agreement", "cpv-79", "cpv-72", "policy-sme"],
    },
    // 5
    DemoPerson {
        email: "sofia.rossi@demo-ministry.example",
        name: "Sofia Rossi",
        organisation: "University Hospital, Purchasing Office",
        role: "member",
        bio: "I buy medical devices, consumables and imaging equipment for a university \
            hospital, and coordinate our part of a joint MRI procurement. My current \
            interests are life-cycle costing, trial periods for consumables and \
            forced-labour risks in glove supply chains. I read French but write in \
            English.",
        region: "Brussels-Capital",
        languages: &["en", "it"],
        expertise: &[
            "cpv-33",
            "cpv-38",
            "proc-competitive-dialogue",
            "policy-ethical-supply-chains",
        ],
    },
    // 6
    DemoPerson {
        email: "pieter.bakker@infra.demo-ministry.example",
        name: "Pieter Bakker",
        organisation: "Directorate-General for Roads and Waterways, Major Projects Procurement",
        role: "member",
        bio: "I procure major works for roads and waterways: bridges, locks, canal banks and \
            their maintenance. Most of my tenders are framework agreements or competitive \
            procedures with negotiation for building-team contracts, and a fair share of \
            my time goes to contract modifications after price rises.",
        region: "Utrecht",
        languages: &["nl", "en"],
        expertise: &[
            "cpv-45",
            "cpv-71",
            "cpv-50",
            "proc-framework-agreement",
            "proc-competitive-negotiation",
        ],
    },
    // 7
    DemoPerson {
        email: "camille.lefevre@region.demo-ministry.example",
        name: "Camille Lefèvre",
        organisation: "Conseil régional, Direction de la commande publique",
        role: "member",
        bio: "J'achète pour la Région la restauration et les fournitures des lycées, des \
            travaux d'entretien routier et les autocars du réseau régional. Je pratique \
            surtout les MAPA et les appels d'offres ouverts allotis, avec une attention \
            particulière à l'accès des PME et aux critères environnementaux.",
        region: "Hauts-de-France",
        languages: &["fr", "en"],
        expertise: &[
            "cpv-55",
            "cpv-34",
            "proc-below-threshold",
            "policy-sme",
            "policy-green",
        ],
    },
    // 8
    DemoPerson {
        email: "lars.jensen@defence.demo-ministry.example",
        name: "Lars Jensen",
        organisation: "Defence Materiel and Procurement Agency",
        role: "member",
        bio: "I procure protective equipment, uniforms and vehicle maintenance for the armed \
            forces, under the defence directive as well as Directive 2014/24. Much of it \
            runs through framework agreements with mini-competitions, and I lead the \
            due-diligence work on our textile supply chains.",
        region: "Capital Region of Denmark",
        languages: &["da", "en", "de"],
        expertise: &[
            "cpv-35",
            "cpv-18",
            "cpv-50",
            "proc-framework-agreement",
            "policy-ethical-supply-chains",
        ],
    },
    // 9
    DemoPerson {
        email: "marieke.jansen@waterschap.demo-ministry.example",
        name: "Marieke Jansen",
        organisation: "Waterschap Lage Polders, Inkoop en Contractbeheer",
        role: "member",
        bio: "Ik koop in voor het waterschap: dijkversterkingen in bouwteam, onderhoud en \
            renovatie van gemalen, en afval- en rioleringsdiensten. Ik werk veel met de \
            mededingingsprocedure met onderhandeling en met gezamenlijke aanbestedingen \
            met buurwaterschappen. Daarnaast beheer ik ons regionale monitoringsysteem \
            voor social return.",
        region: "Flevoland",
        languages: &["nl", "en", "de"],
        expertise: &[
            "cpv-45",
            "cpv-50",
            "cpv-90",
            "proc-competitive-negotiation",
            "policy-social",
        ],
    },
    // 10
    DemoPerson {
        email: "thomas.dubois@police.demo-ministry.example",
        name: "Thomas Dubois",
        organisation: "Ministère de l'Intérieur, Service des achats de la police nationale",
        role: "member",
        bio: "J'achète pour la police nationale des véhicules, y compris banalisés, des \
            équipements de protection et des tenues. Je connais bien les MAPA, les marchés \
            de défense ou de sécurité et les procédures sans publicité justifiées par des \
            impératifs de sécurité.",
        region: "Île-de-France",
        languages: &["fr", "en"],
        expertise: &[
            "cpv-34",
            "cpv-35",
            "cpv-18",
            "proc-below-threshold",
            "proc-negotiated-without-publication",
        ],
    },
    // 11
    DemoPerson {
        email: "eva.novak@tax.demo-ministry.example",
        name: "Eva Novak",
        organisation: "National Tax and Customs Agency, Procurement Unit",
        role: "member",
        bio: "I buy IT for the tax and customs agency: SaaS, cloud services, software \
            licences and, since last year, refurbished laptops. I also look after our \
            insurance contracts and a dynamic purchasing system for interim ICT \
            specialists, and I know the eForms notices better than I would like.",
        region: "Gelderland",
        languages: &["en", "nl", "cs"],
        expertise: &[
            "cpv-72",
            "cpv-48",
            "cpv-30",
            "cpv-66",
            "proc-dynamic-purchasing-system",
        ],
    },
    // 12
    DemoPerson {
        email: "mehmet.yilmaz@gemeente.demo-ministry.example",
        name: "Mehmet Yilmaz",
        organisation: "Gemeente Westerhaven, Team Inkoop",
        role: "member",
        bio: "Ik ben inkoper bij de gemeente Westerhaven voor afvalinzameling, ICT-diensten \
            en Wmo-begeleiding. Meestal werk ik met meervoudig onderhandse procedures \
            binnen ons inkoopbeleid, en ik let op social return en op kansen voor lokale \
            ondernemers.",
        region: "North Holland",
        languages: &["nl", "en", "tr"],
        expertise: &[
            "proc-below-threshold",
            "cpv-90",
            "cpv-85",
            "policy-social",
            "policy-sme",
        ],
    },
    // 13
    DemoPerson {
        email: "claire.moreau@chu.demo-ministry.example",
        name: "Claire Moreau",
        organisation: "CHU de Val-Brenne, Direction des achats du groupement hospitalier",
        role: "member",
        bio: "Je pilote les achats du groupement hospitalier de territoire : dispositifs \
            médicaux stériles, équipements lourds d'imagerie et prestations de nettoyage. \
            Je pratique les accords-cadres, le dialogue compétitif et les groupements de \
            commandes avec les services de l'État, et je suis de près la révision des \
            prix.",
        region: "Centre-Val de Loire",
        languages: &["fr", "en"],
        expertise: &[
            "cpv-33",
            "cpv-90",
            "proc-framework-agreement",
            "proc-competitive-dialogue",
        ],
    },
    // 14
    DemoPerson {
        email: "joost.vandijk@ict.demo-ministry.example",
        name: "Joost van Dijk",
        organisation: "Central Government ICT Purchasing Centre",
        role: "member",
        bio: "I lead the tender team for the national cloud framework at the Central \
            Government ICT Purchasing Centre. My work is framework agreements for cloud, \
            software and IT services, negotiated renewals with incumbent vendors, and \
            keeping our eForms notices free of validation errors.",
        region: "Groningen",
        languages: &["nl", "en"],
        expertise: &[
            "cpv-72",
            "cpv-48",
            "proc-framework-agreement",
            "proc-negotiated-without-publication",
        ],
    },
    // 15
    DemoPerson {
        email: "ingrid.larsen@university.demo-ministry.example",
        name: "Ingrid Larsen",
        organisation: "University of Nordhaven, Procurement Office",
        role: "member",
        bio: "I am the procurement officer of a research university: laboratory equipment, \
            scientific instruments up to one-off prototypes, and SaaS for student \
            administration. I advise research groups on negotiated procedures, \
            below-threshold purchases and innovation procurement.",
        region: "Vestland",
        languages: &["no", "en", "sv"],
        expertise: &[
            "cpv-38",
            "cpv-72",
            "cpv-73",
            "proc-innovation-partnership",
            "policy-innovation",
        ],
    },
    // 16
    DemoPerson {
        email: "nicolas.girard@cpb.demo-ministry.example",
        name: "Nicolas Girard",
        organisation: "Public Central Purchasing Agency, Framework Agreements Division",
        role: "member",
        bio: "I design framework agreements and dynamic purchasing systems for a central \
            purchasing body: cleaning, office furniture, energy, consultancy and temporary \
            staffing. I care about how maximum quantities are estimated and how \
            mini-competitions work for the buyers who use our frameworks.",
        region: "Île-de-France",
        languages: &["fr", "en"],
        expertise: &[
            "proc-framework-agreement",
            "proc-dynamic-purchasing-system",
            "cpv-79",
            "cpv-39",
            "cpv-09",
        ],
    },
    // 17
    DemoPerson {
        email: "fatima.elamrani@gemeente.demo-ministry.example",
        name: "Fatima El Amrani",
        organisation: "Gemeente Westerhaven, Sociaal Domein en Social Return",
        role: "member",
        bio: "Ik ben adviseur social return en inkoop in het sociaal domein bij de gemeente \
            Westerhaven. Ik werk aan jeugdhulp en Wmo (aanbesteden, open house of \
            subsidie), monitor zo'n 120 contracten met een social return-verplichting en \
            schrijf mee aan ons inkoopbeleid over lokaal inkopen en het mkb.",
        region: "North Holland",
        languages: &["nl", "en"],
        expertise: &[
            "policy-social",
            "cpv-85",
            "policy-sme",
            "policy-ethical-supply-chains",
        ],
    },
    // 18
    DemoPerson {
        email: "katarzyna.nowak@transport.demo-ministry.example",
        name: "Katarzyna Nowak",
        organisation: "Regional Public Transport Authority, Procurement and Contracts",
        role: "member",
        bio: "I tender and manage public transport contracts and vehicles for a regional \
            transport authority. Right now that means a zero-emission bus tender awarded \
            on life-cycle costing, KPIs for our bus operations contract and an innovation \
            partnership for autonomous campus shuttles.",
        region: "North Brabant",
        languages: &["pl", "en", "nl"],
        expertise: &[
            "cpv-60",
            "cpv-34",
            "policy-green",
            "proc-innovation-partnership",
        ],
    },
    // 19
    DemoPerson {
        email: "hugo.peeters@facilities.demo-ministry.example",
        name: "Hugo Peeters",
        organisation: "Regional Government Facility Services Agency",
        role: "member",
        bio: "I buy facility services for the regional government's offices: cleaning, \
            furniture, catering and waste. I moved our cleaning contracts to output-based \
            specifications and now work on refurbished furniture, EU Ecolabel products and \
            work placements in service contracts.",
        region: "Flanders",
        languages: &["nl", "fr", "en"],
        expertise: &["cpv-90", "cpv-39", "cpv-55", "policy-green"],
    },
    // 20
    DemoPerson {
        email: "elise.bernard@economie.demo-ministry.example",
        name: "Elise Bernard",
        organisation: "Ministère de l'Économie, Direction des affaires juridiques",
        role: "member",
        bio: "Juriste à la direction des affaires juridiques, je conseille les acheteurs \
            publics sur le code de la commande publique : MAPA, accords-cadres, offres \
            anormalement basses, modifications des marchés et révision des prix. Je \
            réponds volontiers aux questions de droit, en français ou en anglais.",
        region: "Île-de-France",
        languages: &["fr", "en", "de"],
        expertise: &[
            "proc-open",
            "proc-framework-agreement",
            "proc-below-threshold",
            "proc-negotiated-without-publication",
        ],
    },
    // 21
    DemoPerson {
        email: "sander.visser@justice.demo-ministry.example",
        name: "Sander Visser",
        organisation: "Ministry of Justice and Security, Contract Management Office",
        role: "member",
        bio: "I manage contracts for the Ministry of Justice and Security: security \
            guarding, cleaning, installation maintenance and custodial transport. My days \
            are KPIs, bonus/malus arrangements, contract modifications and getting \
            suppliers onto e-invoicing; I also monitor the social return commitments in \
            our contracts.",
        region: "South Holland",
        languages: &["nl", "en"],
        expertise: &["cpv-79", "cpv-90", "cpv-50", "policy-social"],
    },
    // 22
    DemoPerson {
        email: "maria.fernandez@hospital.demo-ministry.example",
        name: "María Fernández",
        organisation: "Teaching Hospitals Consortium, Medical Technology Procurement",
        role: "member",
        bio: "I procure medical technology for a consortium of teaching hospitals: MRI and \
            other imaging equipment, wound care products and medical waste collection. I \
            have run competitive dialogues and a joint procurement across hospitals, and I \
            am exploring pre-commercial procurement for an AI triage tool.",
        region: "Antwerp",
        languages: &["es", "en", "nl", "fr"],
        expertise: &[
            "cpv-33",
            "cpv-90",
            "proc-competitive-dialogue",
            "proc-innovation-partnership",
            "policy-ethical-supply-chains",
        ],
    },
    // 23
    DemoPerson {
        email: "bram.hendriks@provincie.demo-ministry.example",
        name: "Bram Hendriks",
        organisation: "Provincie Midden-Veld, Programma Circulair Inkopen",
        role: "member",
        bio: "Ik leid het programma circulair inkopen van de provincie: wegonderhoud met \
            gerecycled materiaal, CO2-eisen in de gunning, zero-emissiebussen en circulair \
            bermbeheer. Ik organiseer marktconsultaties en gezamenlijke aanbestedingen met \
            gemeenten en waterschappen.",
        region: "Gelderland",
        languages: &["nl", "en", "de"],
        expertise: &[
            "policy-green",
            "cpv-45",
            "cpv-34",
            "cpv-77",
            "policy-innovation",
        ],
    },
    // 24: a guest, invited into the legal advisers' network only.
    DemoPerson {
        email: "sophie.laurent@avocats-laurent.example",
        name: "Sophie Laurent",
        organisation: "Cabinet Laurent Avocats",
        role: "guest",
        bio: "Avocate en droit de la commande publique. J'interviens comme invitée dans le \
            réseau des conseillers juridiques : référés précontractuels, motifs d'exclusion \
            et modifications de marchés en cours d'exécution.",
        region: "Île-de-France",
        languages: &["fr", "en"],
        expertise: &["proc-open", "proc-negotiated-without-publication", "cpv-79"],
    },
];

pub const COMMUNITIES: &[DemoCommunity] = &[
    // ----- Sectors -------------------------------------------------------
    DemoCommunity {
        slug: "construction-infrastructure",
        name: "Construction and infrastructure",
        kind: "sector",
        membership: "open",
        description: "Works contracts for roads, bridges, dikes, locks and public buildings: \
            procedure choice, lots, **design and build**, risk allocation and contract models. \
            For buyers and contract managers of CPV divisions 45 and 71.",
        managers: &[6],
        members: &[3, 6, 9, 23],
    },
    DemoCommunity {
        slug: "ict-digital-services",
        name: "ICT and digital services",
        kind: "sector",
        membership: "open",
        description: "Software, cloud, hardware and IT services (CPV 30, 48 and 72). \
            Share specifications, licensing pitfalls and experience with open standards \
            and exit clauses.",
        managers: &[14],
        members: &[4, 11, 14, 15],
    },
    DemoCommunity {
        slug: "healthcare-hospitals",
        name: "Healthcare and teaching hospitals",
        kind: "sector",
        membership: "approval",
        description: "For purchasers of university and teaching hospitals: medical devices, \
            pharmaceuticals, clinical trials of products and the Medical Device Regulation. \
            Managers approve requests to check that you work for a hospital.",
        managers: &[5],
        members: &[5, 13, 22],
    },
    DemoCommunity {
        slug: "defence-security",
        name: "Defence and security procurement",
        kind: "sector",
        membership: "invite",
        description: "Procurement under Directive 2009/81/EC and the security exclusions of \
            Directive 2014/24/EU. **Invitation only**: no classified details, ever.",
        managers: &[8],
        members: &[8, 10, 20],
    },
    DemoCommunity {
        slug: "facility-services-cleaning",
        name: "Facility services and cleaning",
        kind: "sector",
        membership: "open",
        description: "Cleaning, reception, security guards, building maintenance and \
            integrated facility management. Output specifications, staff transfer and \
            quality measurement are recurring topics.",
        managers: &[19],
        members: &[12, 16, 17, 19, 21],
    },
    DemoCommunity {
        slug: "energy",
        name: "Energy procurement",
        kind: "sector",
        membership: "open",
        description: "Electricity, gas and heat (CPV 09 and 65): tranche purchasing, \
            guarantees of origin, power purchase agreements and price risk.",
        managers: &[16],
        members: &[6, 8, 9, 15, 16, 18],
    },
    DemoCommunity {
        slug: "mobility-fleet",
        name: "Mobility and fleet",
        kind: "sector",
        membership: "open",
        description: "Vehicles, leasing, fuel cards, charging points and mobility services. \
            Includes the Clean Vehicles Directive targets and fleet electrification.",
        managers: &[18],
        members: &[7, 8, 10, 18, 23],
    },
    DemoCommunity {
        slug: "office-supplies-furniture",
        name: "Office supplies and furniture",
        kind: "sector",
        membership: "open",
        description: "Paper, consumables, office furniture and workplace equipment \
            (CPV 30 and 39), including refurbished and remanufactured products.",
        managers: &[16],
        members: &[11, 15, 16, 19],
    },
    DemoCommunity {
        slug: "catering",
        name: "Catering and food services",
        kind: "sector",
        membership: "open",
        description: "Staff restaurants, school and hospital catering, vending. Sustainable \
            and seasonal food, food waste and social return in catering contracts.",
        managers: &[17],
        members: &[5, 7, 13, 17, 19],
    },
    DemoCommunity {
        slug: "waste-environment",
        name: "Waste and environmental services",
        kind: "sector",
        membership: "open",
        description: "Collection and processing of household, office and medical waste, \
            street cleaning and soil remediation (CPV 90).",
        managers: &[9],
        members: &[9, 12, 19, 22, 23],
    },
    DemoCommunity {
        slug: "research-universities",
        name: "Research and universities",
        kind: "sector",
        membership: "open",
        description: "Laboratory equipment, scientific instruments, journal subscriptions \
            and R&D services. How the research exclusions and negotiated procedures apply \
            in a university setting.",
        managers: &[15],
        members: &[5, 15, 22],
    },
    DemoCommunity {
        slug: "waterschappen",
        name: "Inkoop bij waterschappen",
        kind: "sector",
        membership: "open",
        description: "Voor inkopers en contractmanagers van waterschappen: dijkversterking, \
            gemalen, rioolwaterzuivering en baggerwerk. We delen aanbestedingsdocumenten \
            en ervaringen met bouwteams en samenwerkingsverbanden.",
        managers: &[9],
        members: &[6, 9, 23],
    },
    DemoCommunity {
        slug: "prestations-intellectuelles",
        name: "Prestations intellectuelles et conseil",
        kind: "sector",
        membership: "open",
        description: "Achats de conseil, d'études, d'assistance à maîtrise d'ouvrage et de \
            formation. Comment définir le besoin, choisir entre bons de commande et marchés \
            subséquents, et **pondérer le prix** sans sacrifier la qualité.",
        managers: &[16],
        members: &[4, 16, 20],
    },
    DemoCommunity {
        slug: "legal-financial-services",
        name: "Legal, insurance and financial services",
        kind: "sector",
        membership: "open",
        description: "Legal advice, insurance, banking and audit services: the exclusions \
            of art. 10, the light regime of Annex XIV and thin markets.",
        managers: &[21],
        members: &[11, 15, 21],
    },
    DemoCommunity {
        slug: "police-public-safety",
        name: "Police and public safety equipment",
        kind: "sector",
        membership: "approval",
        description: "Vehicles, protective equipment, communication devices and forensic \
            supplies for police and emergency services (CPV 35). Membership is approved by \
            the managers.",
        managers: &[10],
        members: &[8, 10, 21],
    },
    DemoCommunity {
        slug: "inkoop-sociaal-domein",
        name: "Inkoop in het sociaal domein",
        kind: "sector",
        membership: "open",
        description: "Jeugdhulp, Wmo-ondersteuning en re-integratie: aanbesteden, \
            subsidiëren of *open house*? Voor gemeentelijke inkopers en contractmanagers \
            in het sociaal domein.",
        managers: &[17],
        members: &[2, 12, 17],
    },
    // ----- Purchasing networks ------------------------------------------
    DemoCommunity {
        slug: "central-purchasing-bodies",
        name: "Central purchasing bodies",
        kind: "network",
        membership: "approval",
        description: "For staff of central purchasing bodies and the buyers who use their \
            frameworks: identifying users, maximum quantities, fees and reporting.",
        managers: &[4, 16],
        members: &[4, 13, 16, 20],
    },
    DemoCommunity {
        slug: "regional-buyers-network",
        name: "Regional buyers' network",
        kind: "network",
        membership: "open",
        description: "Buyers of regions, provinces and their municipalities who meet twice a \
            year and tender together where it makes sense.",
        managers: &[7, 23],
        members: &[7, 17, 18, 19, 23],
    },
    DemoCommunity {
        slug: "gemeentelijke-inkopers",
        name: "Gemeentelijke inkopers",
        kind: "network",
        membership: "open",
        description: "Netwerk van inkopers bij gemeenten en gemeenschappelijke regelingen. \
            Inkoopbeleid, onderhandse procedures, de **Gids Proportionaliteit** en \
            samenwerking tussen gemeenten.",
        managers: &[12],
        members: &[2, 9, 12, 17],
    },
    DemoCommunity {
        slug: "contract-managers",
        name: "Contract managers",
        kind: "network",
        membership: "open",
        description: "What happens after the signature: KPIs, performance meetings, \
            bonus/malus, supplier relationships and the handover from the tender team.",
        managers: &[21],
        members: &[6, 9, 11, 18, 19, 21],
    },
    DemoCommunity {
        slug: "acheteurs-etat-en-region",
        name: "Acheteurs de l'État en région",
        kind: "network",
        membership: "approval",
        description: "Réseau des acheteurs des services déconcentrés de l'État et des \
            établissements publics. Mutualisation des achats courants, calendrier des \
            marchés interministériels et retours d'expérience.",
        managers: &[4],
        members: &[4, 10, 13],
    },
    DemoCommunity {
        slug: "achats-hospitaliers-ght",
        name: "Achats hospitaliers mutualisés",
        kind: "network",
        membership: "approval",
        description: "Pour les acheteurs des groupements hospitaliers : conventions de \
            groupement de commandes, équipements lourds, recours aux centrales d'achat et \
            harmonisation des marchés entre établissements.",
        managers: &[13],
        members: &[5, 13, 22],
    },
    DemoCommunity {
        slug: "new-to-procurement",
        name: "New to public procurement",
        kind: "network",
        membership: "open",
        description: "No question is too basic here. Starters ask, experienced buyers and the \
            helpdesk answer. See also the [glossary](https://example.org/glossary).",
        managers: &[2],
        members: &[1, 2, 15, 21],
    },
    DemoCommunity {
        slug: "procurement-legal-advisers",
        name: "Procurement legal advisers",
        kind: "network",
        membership: "approval",
        description: "For lawyers and legal advisers of procurement departments: case law, \
            exclusion grounds, remedies and difficult interpretations of Directive 2014/24/EU.",
        managers: &[20],
        members: &[1, 8, 20, 24],
    },
    // ----- Projects -------------------------------------------------------
    DemoCommunity {
        slug: "national-cloud-framework",
        name: "National cloud framework tender",
        kind: "project",
        membership: "invite",
        description: "Working space of the project team preparing the national framework \
            agreement for cloud services. Drafts are shared here before they go to the \
            steering group. **Invitation only.**",
        managers: &[14],
        members: &[4, 11, 14],
    },
    DemoCommunity {
        slug: "e-invoicing-rollout",
        name: "E-invoicing rollout",
        kind: "project",
        membership: "open",
        description: "Receiving and processing structured electronic invoices (EN 16931) \
            across ministries and agencies: supplier onboarding, purchase order numbers \
            and exceptions.",
        managers: &[4],
        members: &[2, 4, 12, 21],
    },
    DemoCommunity {
        slug: "hospital-mri-joint-procurement",
        name: "Hospital MRI joint procurement",
        kind: "project",
        membership: "invite",
        description: "Three hospitals preparing a joint procurement of MRI scanners with \
            ten years of maintenance. Invitation only, for the project team.",
        managers: &[5, 22],
        members: &[5, 13, 22],
    },
    DemoCommunity {
        slug: "zero-emission-bus-tender",
        name: "Zero-emission bus tender",
        kind: "project",
        membership: "approval",
        description: "Preparing the tender for battery-electric buses and charging for the \
            regional network: life-cycle costing, lots, charging infrastructure and \
            operator concessions.",
        managers: &[18],
        members: &[7, 18, 23],
    },
    DemoCommunity {
        slug: "rijkskantoren-verduurzaming",
        name: "Verduurzaming rijkskantoren",
        kind: "project",
        membership: "approval",
        description: "Projectgroep voor de verduurzaming van kantoren van de rijksoverheid: \
            energieprestatie, circulaire inrichting en onderhoudscontracten. Aanmelden op \
            verzoek, de projectleider keurt goed.",
        managers: &[3],
        members: &[3, 19, 21, 23],
    },
    DemoCommunity {
        slug: "refurbished-laptops-pilot",
        name: "Refurbished laptops pilot",
        kind: "project",
        membership: "open",
        description: "A pilot buying refurbished laptops for back-office staff: \
            specifications, warranty, battery health and data wiping of returned devices.",
        managers: &[11],
        members: &[11, 14, 16],
    },
    DemoCommunity {
        slug: "police-uniforms-joint-tender",
        name: "Police uniforms joint tender",
        kind: "project",
        membership: "approval",
        description: "Joint tender for uniforms of police and custodial staff: sizes, \
            fitting services, textile supply chains and the split into lots.",
        managers: &[10],
        members: &[8, 10, 21],
    },
    // ----- Policy fields ------------------------------------------------
    DemoCommunity {
        slug: "green-circular-procurement",
        name: "Green and circular procurement",
        kind: "policy",
        membership: "open",
        description: "Environmental criteria, labels, CO2 reduction, reuse and take-back \
            schemes. Share criteria that worked and ones that did not.",
        managers: &[23],
        members: &[3, 7, 9, 18, 19, 23],
    },
    DemoCommunity {
        slug: "social-return-sroi",
        name: "Social return (SROI)",
        kind: "policy",
        membership: "open",
        description: "Over social return in opdrachten: werk voor mensen met afstand tot de \
            arbeidsmarkt als contractvoorwaarde of gunningscriterium. We delen \
            percentages, monitoring en ervaringen met leveranciers.",
        managers: &[17],
        members: &[3, 9, 12, 17, 21],
    },
    DemoCommunity {
        slug: "innovation-procurement",
        name: "Innovation partnerships and pre-commercial procurement",
        kind: "policy",
        membership: "open",
        description: "Buying what does not exist yet: pre-commercial procurement, innovation \
            partnerships (art. 31), competitive dialogue and launching-customer roles.",
        managers: &[15],
        members: &[3, 5, 14, 15, 18, 22],
    },
    DemoCommunity {
        slug: "sme-access",
        name: "SME access to public contracts",
        kind: "policy",
        membership: "open",
        description: "Lots, proportionate selection criteria, payment terms and simple \
            documents: how to make tenders accessible to small and medium-sized enterprises.",
        managers: &[7],
        members: &[4, 7, 12, 15, 17],
    },
    DemoCommunity {
        slug: "ethical-supply-chains",
        name: "Ethical supply chains",
        kind: "policy",
        membership: "open",
        description: "Human rights due diligence, forced labour risks, fair trade and \
            conflict minerals in public supply chains: clauses, audits and what to do \
            when something goes wrong.",
        managers: &[22],
        members: &[5, 8, 10, 17, 22],
    },
    DemoCommunity {
        slug: "espd-eforms",
        name: "ESPD and eForms",
        kind: "policy",
        membership: "open",
        description: "The European Single Procurement Document and the eForms notices on TED: \
            which form when, which fields, and how to fix rejected notices.",
        managers: &[14],
        members: &[1, 2, 11, 14, 20],
    },
    DemoCommunity {
        slug: "marktconsultatie",
        name: "Marktconsultatie",
        kind: "policy",
        membership: "open",
        description: "Hoe consulteer je de markt zonder de concurrentie te verstoren? \
            Uitnodigingen, een-op-eengesprekken, verslaglegging en het voorkomen van \
            voorkennis (art. 40 en 41 van de richtlijn).",
        managers: &[3],
        members: &[2, 3, 6, 9, 23],
    },
    DemoCommunity {
        slug: "below-threshold",
        name: "Below-threshold procurement",
        kind: "policy",
        membership: "open",
        description: "Contracts under the EU thresholds: national rules, internal policies, \
            quotes, cross-border interest and proportionate procedures.",
        managers: &[2],
        members: &[1, 2, 12, 15, 20],
    },
    DemoCommunity {
        slug: "marches-procedure-adaptee",
        name: "Marchés à procédure adaptée (MAPA)",
        kind: "policy",
        membership: "open",
        description: "Les marchés passés selon une procédure adaptée sous les seuils européens : \
            publicité, négociation, traçabilité des choix et seuil de dispense.",
        managers: &[20],
        members: &[4, 7, 10, 16, 20],
    },
    DemoCommunity {
        slug: "framework-agreements-dps",
        name: "Framework agreements and DPS",
        kind: "policy",
        membership: "open",
        description: "Framework agreements (art. 33) and dynamic purchasing systems (art. 34): \
            duration, maximum values, call-offs, mini-competitions and admitting new \
            suppliers.",
        managers: &[16],
        members: &[1, 3, 5, 8, 11, 14, 16],
    },
    DemoCommunity {
        slug: "contract-modifications",
        name: "Contract modifications (art. 72)",
        kind: "policy",
        membership: "open",
        description: "When can a contract be changed without a new procedure? Review clauses, \
            additional works, unforeseeable circumstances, de minimis changes and \
            replacing the contractor.",
        managers: &[20],
        members: &[2, 3, 6, 14, 20, 21],
    },
    DemoCommunity {
        slug: "legal-changes-thresholds",
        name: "Legal changes and EU thresholds",
        kind: "policy",
        membership: "open",
        description: "New thresholds every two years, amendments to national law, new \
            guidance and the evaluation of the directives. The moderator posts a summary \
            when something changes.",
        managers: &[1],
        members: &[1, 2, 3, 4, 6, 20],
    },
    DemoCommunity {
        slug: "e-procurement",
        name: "E-procurement platforms",
        kind: "policy",
        membership: "open",
        description: "Tendering platforms, electronic submission, signatures, time stamps \
            and what to do when the platform fails near a deadline.",
        managers: &[11],
        members: &[11, 14, 16],
    },
    DemoCommunity {
        slug: "revision-des-prix",
        name: "Révision des prix et inflation",
        kind: "policy",
        membership: "open",
        description: "Clauses de révision et d'actualisation des prix, choix des indices, \
            avenants et indemnités d'imprévision en période d'inflation.",
        managers: &[4],
        members: &[4, 7, 10, 13, 20],
    },
    DemoCommunity {
        slug: "award-criteria-lcc",
        name: "Award criteria, MEAT and life-cycle costing",
        kind: "policy",
        membership: "open",
        description: "Price/quality ratios, scoring formulas, life-cycle costing (art. 68) \
            and how to write quality criteria that actually discriminate between tenders.",
        managers: &[3],
        members: &[3, 5, 13, 18, 22],
    },
];

pub const THREADS: &[DemoThread] = &[
    // ----- construction-infrastructure ----------------------------------
    DemoThread {
        community: "construction-infrastructure",
        author: 6, // Pieter Bakker
        kind: "question",
        title: "Framework agreement for bridge maintenance: can it run for eight years?",
        body: "We are preparing a framework agreement for the maintenance of about 40 movable \
            bridges. The contractors will have to invest in specialised hydraulic test \
            equipment and train mechanics on our specific bridge types.\n\n\
            The project team would like a term of **eight years** (4 + 2 + 2). Art. 33(1) of \
            Directive 2014/24/EU says four years *save in exceptional cases duly justified*. \
            Has anyone gone beyond four years, and how did you write the justification?",
        tags: &["framework-agreement", "works", "duration"],
        expertise: &["cpv-45", "proc-framework-agreement"],
        language: "en",
        replies: &[
            DemoReply {
                author: 3, // Anna de Vries
                body: "We did this for tunnel technical installations (six years). What we \
                    wrote down in the procurement file:\n\n\
                    - the **amortisation period** of the investments the contractor must make \
                    (recital 62 of the directive gives exactly this example);\n\
                    - the learning curve on one-off assets, with figures from the previous \
                    contract;\n\
                    - why a shorter term plus a new tender would cost more than it saves.\n\n\
                    Put the justification in the individual report (art. 84) and summarise it \
                    in the procurement documents. My personal view: eight years for bridges \
                    is defensible if the investment figures support it; *we prefer the \
                    contractor* is not a justification.",
            },
            DemoReply {
                author: 23, // Bram Hendriks
                body: "Agree with Anna. One addition: make the extensions optional and \
                    unilateral for the authority, with clear conditions in the contract. That \
                    shows you are not locking the market in for eight years by default.",
            },
        ],
        accepted: Some(0),
    },
    DemoThread {
        community: "construction-infrastructure",
        author: 3, // Anna de Vries
        kind: "discussion",
        title: "Splitting a dike reinforcement programme into lots: your experiences",
        body: "Our programme covers 22 km of dike in five sections. Option A is one large \
            design and build contract, option B is five lots with a limit of two lots per \
            tenderer (art. 46(2)).\n\n\
            Lots should bring in mid-sized contractors, but they also create interfaces \
            between sections. How have others weighed this? @pieter-bakker, I believe your \
            directorate did something similar for the canal banks.",
        tags: &["lots", "works", "sme"],
        expertise: &["cpv-45", "policy-sme"],
        language: "en",
        replies: &[
            DemoReply {
                author: 9, // Marieke Jansen
                body: "We split a 14 km reinforcement into three lots last year. Interfaces \
                    were manageable because we put a **single interface specification** in \
                    all three contracts and held monthly joint meetings. We received 11 \
                    tenders instead of the 3 we expected for one contract.",
            },
            DemoReply {
                author: 6, // Pieter Bakker
                body: "Yes, canal banks in four lots. Lesson learned: define the transition \
                    zones (the last 200 m of each section) as belonging to one lot only, \
                    otherwise you pay twice for the same sheet piles.",
            },
            DemoReply {
                author: 23, // Bram Hendriks
                body: "Do not forget art. 46(1): if you choose one contract, write down the \
                    main reasons for not dividing into lots. An internal note saying \
                    *interfaces* is thin; quantify the coordination risk.",
            },
        ],
        accepted: None,
    },
    DemoThread {
        community: "construction-infrastructure",
        author: 9, // Marieke Jansen
        kind: "question",
        title: "Raming bij gefaseerde werken: tellen alle fasen mee voor de drempel?",
        body: "We willen de renovatie van drie gemalen in drie jaar uitvoeren, elk jaar één \
            gemaal. Per gemaal zitten we rond de 2 miljoen euro. Een collega stelt voor om \
            ze als drie losse opdrachten meervoudig onderhands aan te besteden.\n\n\
            Mijn gevoel zegt dat dit niet mag. Moeten we de waarde van alle drie de gemalen \
            optellen?",
        tags: &["raming", "drempelwaarde", "werken"],
        expertise: &["cpv-45", "proc-below-threshold"],
        language: "nl",
        replies: &[
            DemoReply {
                author: 6, // Pieter Bakker
                body: "Je gevoel klopt. Het is één werk als de drie renovaties dezelfde \
                    economische en technische functie hebben en in één planning vallen. \
                    Dan geldt art. 5(8) van de richtlijn: bij percelen tel je **de waarde van \
                    alle percelen** op. Samen zit je boven de EU-drempel voor werken.\n\n\
                    Je mag wel kleine percelen onderhands doen: percelen onder 1 miljoen euro, \
                    samen maximaal 20% van de totale waarde. Dat helpt hier niet, want elk \
                    perceel is groter.",
            },
            DemoReply {
                author: 3, // Anna de Vries
                body: "Eens met Pieter. Leg de raming en de optelling vast in het \
                    inkoopdossier; splitsen om onder de drempel te blijven is expliciet \
                    verboden (art. 5(3)).",
            },
        ],
        accepted: Some(0),
    },
    // ----- ict-digital-services -----------------------------------------
    DemoThread {
        community: "ict-digital-services",
        author: 15, // Ingrid Larsen
        kind: "question",
        title: "Requiring ISO 27001 certification for a SaaS supplier: must we accept equivalents?",
        body: "We are tendering a student information system as SaaS. Our security officer \
            wants an **ISO/IEC 27001 certificate** as a selection requirement. A colleague \
            says we must also accept *equivalent* evidence. What does that mean in practice? \
            We cannot evaluate a 200-page security policy ourselves.",
        tags: &["cloud", "security", "selection-criteria"],
        expertise: &["cpv-72", "cpv-48"],
        language: "en",
        replies: &[
            DemoReply {
                author: 14, // Joost van Dijk
                body: "Your colleague is right. Art. 62(2) (quality assurance standards) and \
                    art. 44 (test reports and certification) say you must recognise \
                    equivalent certificates from bodies in other member states, and **other \
                    evidence** if the tenderer had no access to the certificate for reasons \
                    not attributable to it.\n\n\
                    In practice that case is rare. What we do:\n\n\
                    - ask for ISO 27001 *or equivalent*, scope covering the offered service;\n\
                    - describe in two lines what equivalent evidence must show (an \
                    independent audit of an information security management system);\n\
                    - let the security officer assess any alternative, with a short checklist.",
            },
            DemoReply {
                author: 11, // Eva Novak
                body: "Also check the scope of the certificate. We once got a valid ISO 27001 \
                    certificate that covered only the supplier's head office, not the data \
                    centre. Ask for the statement of applicability.",
            },
        ],
        accepted: Some(0),
    },
    DemoThread {
        community: "ict-digital-services",
        author: 11, // Eva Novak
        kind: "discussion",
        title: "Open-source requirements in software tenders: how do you phrase them?",
        body: "Our policy says we prefer open-source software *unless there are good reasons*. \
            Translating that into a tender is harder than it sounds. Do you:\n\n\
            1. require an open-source licence for the delivered software,\n\
            2. award points for it, or\n\
            3. only require open standards and data portability?\n\n\
            Curious how others handle this without excluding half the market.",
        tags: &["open-source", "software", "specifications"],
        expertise: &["cpv-48", "cpv-72"],
        language: "en",
        replies: &[
            DemoReply {
                author: 14, // Joost van Dijk
                body: "For custom development we **require** that the source code is \
                    delivered under a licence approved by the open-source community, because \
                    we pay for the development anyway. For standard products we only require \
                    open standards and an exit plan; requiring open source there would \
                    shrink competition without much benefit.",
            },
            DemoReply {
                author: 4, // Julien Martin
                body: "We use option 2 for platforms: a quality sub-criterion *reversibility \
                    and independence* (about 10%), where open source scores well but a \
                    proprietary product with documented APIs and export formats can score \
                    too.",
            },
            DemoReply {
                author: 15, // Ingrid Larsen
                body: "Whatever you choose, describe it as a characteristic of the product \
                    (art. 42), not as a preference for a type of supplier. Open-source \
                    software is often offered by ordinary integrators too.",
            },
        ],
        accepted: None,
    },
    DemoThread {
        community: "ict-digital-services",
        author: 14, // Joost van Dijk
        kind: "question",
        title: "Renewing a software licence with the incumbent: is art. 32(2)(b) enough?",
        body: "Our case management system is a proprietary product; only the vendor can \
            provide the licences and updates. The current contract ends next year. Can we \
            use the negotiated procedure without prior publication (art. 32(2)(b), \
            exclusive rights) for a new five-year contract?",
        tags: &["negotiated-procedure", "software", "licences"],
        expertise: &["cpv-48", "proc-negotiated-without-publication"],
        language: "en",
        replies: &[
            DemoReply {
                author: 4, // Julien Martin
                body: "Possibly, but the bar is high. Art. 32(2)(b), last subparagraph: the \
                    exception applies only where **no reasonable alternative or substitute** \
                    exists and the absence of competition is not the result of an artificial \
                    narrowing of the parameters.\n\n\
                    So document why migrating to another system is not reasonable (cost, \
                    risk, time) and consider publishing a voluntary ex ante transparency \
                    notice. That starts a short window in which a competitor can challenge \
                    you, and protects the contract afterwards.",
            },
            DemoReply {
                author: 11, // Eva Novak
                body: "And use the five years to prepare the exit. Otherwise you will have \
                    exactly the same discussion in 2031.",
            },
            DemoReply {
                author: 14, // Joost van Dijk
                body: "Thanks both. We will write a migration cost estimate and publish the \
                    transparency notice.",
            },
        ],
        accepted: None,
    },
    // ----- healthcare-hospitals -----------------------------------------
    DemoThread {
        community: "healthcare-hospitals",
        author: 22, // María Fernández
        kind: "question",
        title: "Can a clinical trial period for consumables be part of the evaluation?",
        body: "For wound care products our nurses want to **test the products on wards** for \
            four weeks before we decide. Can a user trial be part of the award evaluation, \
            and how do we keep it objective?",
        tags: &["medical-devices", "award-criteria", "samples"],
        expertise: &["cpv-33"],
        language: "en",
        replies: &[
            DemoReply {
                author: 5, // Sofia Rossi
                body: "Yes, we do this for infusion sets and gloves. The conditions we apply:\n\n\
                    - the trial protocol, wards, duration and scoring form are **in the \
                    tender documents**;\n\
                    - each product is tested under the same conditions, anonymised where \
                    possible;\n\
                    - evaluators score against predefined criteria (ease of use, skin \
                    reactions, packaging), not general preference;\n\
                    - samples are requested from all tenderers that pass selection.\n\n\
                    It fits art. 67 as long as the criteria are linked to the subject matter \
                    and announced in advance.",
            },
            DemoReply {
                author: 13, // Claire Moreau
                body: "Nous faisons pareil. Conseil pratique : prévoyez qui paie les \
                    échantillons et gardez les fiches d'évaluation signées, c'est la première \
                    chose demandée en cas de recours.",
            },
        ],
        accepted: Some(0),
    },
    DemoThread {
        community: "healthcare-hospitals",
        author: 5, // Sofia Rossi
        kind: "discussion",
        title: "Reprocessed single-use medical devices: anyone included them in a tender?",
        body: "Our sustainability programme asks us to look at **reprocessed single-use \
            devices** (for example electrophysiology catheters) under art. 17 of the Medical \
            Device Regulation. National rules differ on whether this is allowed at all.\n\n\
            Has anyone tendered for reprocessing services or reprocessed products? How did \
            you deal with liability?",
        tags: &["medical-devices", "circular", "mdr"],
        expertise: &["cpv-33", "policy-green"],
        language: "en",
        replies: &[
            DemoReply {
                author: 22, // María Fernández
                body: "We ran a market consultation last year. Only two reprocessors were able \
                    to show the required certification for the device types we use. We \
                    decided on a small pilot lot next to the main lot for new devices.",
            },
            DemoReply {
                author: 13, // Claire Moreau
                body: "Chez nous la question bloque au niveau juridique national, donc pas \
                    encore de marché. Je suis preneuse de vos clauses de responsabilité si \
                    vous pouvez les partager.",
            },
        ],
        accepted: None,
    },
    // ----- defence-security -----------------------------------------------
    DemoThread {
        community: "defence-security",
        author: 10, // Thomas Dubois
        kind: "question",
        title: "Body armour for police units: Directive 2009/81 or 2014/24?",
        body: "We need ballistic vests for intervention units. Colleagues from the armed forces \
            buy similar vests under the defence and security directive (2009/81/EC). Can a \
            police service do the same, or are we under Directive 2014/24/EU?",
        tags: &["defence", "security", "scope"],
        expertise: &["cpv-35"],
        language: "en",
        replies: &[
            DemoReply {
                author: 8, // Lars Jensen
                body: "The defence directive covers **military equipment** and **sensitive \
                    equipment**, the latter meaning equipment for security purposes that \
                    involves, requires or contains classified information (art. 2 of \
                    2009/81/EC). Standard protection vests bought by police are usually \
                    neither.\n\n\
                    So my reading: 2014/24/EU applies, unless your specifications contain \
                    classified information (threat levels, specific protection data). In \
                    that case 2009/81 can apply to that purchase. Whatever you decide, \
                    document it; scope choices are often challenged.",
            },
            DemoReply {
                author: 20, // Elise Bernard
                body: "Même lecture de notre côté. Le code de la commande publique distingue \
                    les marchés de défense ou de sécurité selon le même critère : ce n'est \
                    pas l'acheteur (police ou armées) qui compte, mais l'objet et la présence \
                    d'informations classifiées.",
            },
        ],
        accepted: Some(0),
    },
    // ----- facility-services-cleaning -----------------------------------
    DemoThread {
        community: "facility-services-cleaning",
        author: 19, // Hugo Peeters
        kind: "question",
        title: "Cleaning tender: what staff information must we give bidders?",
        body: "Our cleaning contract for 30 buildings is up for renewal. The sector collective \
            agreement makes the new contractor offer jobs to the current cleaners. Bidders ask \
            for hours, salaries and seniority of the current staff.\n\n\
            What can we share under data protection rules, and what do we need to share for \
            comparable bids?",
        tags: &["cleaning", "staff-transfer", "gdpr"],
        expertise: &["cpv-90", "policy-social"],
        language: "en",
        replies: &[
            DemoReply {
                author: 21, // Sander Visser
                body: "We ask the incumbent, through a clause in the current contract, for an \
                    **anonymised staff list**: function, contractual hours, pay scale, \
                    seniority band, and whether the person works on our sites only. No \
                    names, no dates of birth. That is enough to price the takeover.\n\n\
                    Make sure your *current* contract obliges the incumbent to deliver this; \
                    add the clause now for the next round if it is missing.",
            },
            DemoReply {
                author: 17, // Fatima El Amrani
                body: "Publish the list as an annex for all bidders at the same time, so that \
                    the incumbent has no information advantage. Equal treatment (art. 18) \
                    matters more here than in most tenders.",
            },
        ],
        accepted: None,
    },
    DemoThread {
        community: "facility-services-cleaning",
        author: 21, // Sander Visser
        kind: "discussion",
        title: "Output-based cleaning specifications: lessons after two years",
        body: "Two years ago we moved from frequencies (*vacuum three times a week*) to \
            output specifications (*floors visibly clean at 9:00*), measured with quality \
            inspections. Lessons so far:\n\n\
            - the first six months were painful; inspections found many failures;\n\
            - complaints from staff fell by a third after a year;\n\
            - the contractor now plans its own frequencies, which reduced cost slightly.\n\n\
            What are your experiences?",
        tags: &["cleaning", "output-specifications", "contract-management"],
        expertise: &["cpv-90"],
        language: "en",
        replies: &[
            DemoReply {
                author: 19, // Hugo Peeters
                body: "Similar story. The key for us was joint inspections in the first year, \
                    so that both sides learned what *clean* means in each room type.",
            },
            DemoReply {
                author: 12, // Mehmet Yilmaz
                body: "Bij ons ging het mis met sanitair: daar blijven we frequenties \
                    voorschrijven. Voor kantoorruimte werkt de outputmethode prima.",
            },
            DemoReply {
                author: 16, // Nicolas Girard
                body: "We have an output-based lot in our national cleaning framework. \
                    Buyers who call off without trained inspectors get disappointing \
                    results; we now offer a short inspection training with the framework.",
            },
        ],
        accepted: None,
    },
    // ----- energy ---------------------------------------------------------
    DemoThread {
        community: "energy",
        author: 9, // Marieke Jansen
        kind: "discussion",
        title: "Power purchase agreements for public bodies: has anyone signed one?",
        body: "Our board wants to buy electricity directly from a **new** wind or solar park \
            for 10 to 15 years, to prove additionality. That raises questions: duration, \
            price risk, and whether a PPA is a supply contract under the directive at all.\n\n\
            Has anyone actually signed a PPA after a tender?",
        tags: &["energy", "ppa", "renewables"],
        expertise: &["cpv-09", "policy-green"],
        language: "en",
        replies: &[
            DemoReply {
                author: 16, // Nicolas Girard
                body: "We ran one for a group of public buyers: an open procedure, supply \
                    contract, 12 years, fixed price with a partial indexation. The hard part \
                    was not the law but the **volume risk**: the park produces when the \
                    wind blows, not when we consume. We needed a utility to balance the rest.",
            },
            DemoReply {
                author: 6, // Pieter Bakker
                body: "We considered it and stopped: our consumption is too small for a park \
                    on our own. Joining a buyers' group is the realistic option for most \
                    of us.",
            },
            DemoReply {
                author: 8, // Lars Jensen
                body: "Check your budget rules too. A 15-year financial commitment needed \
                    approval from the finance ministry in our case, which took longer than \
                    the tender.",
            },
        ],
        accepted: None,
    },
    // ----- mobility-fleet -------------------------------------------------
    DemoThread {
        community: "mobility-fleet",
        author: 10, // Thomas Dubois
        kind: "question",
        title: "Clean Vehicles Directive targets: do leased vehicles count?",
        body: "We lease most of our cars and vans. Do the minimum procurement targets of the \
            Clean Vehicles Directive (Directive (EU) 2019/1161) apply to leasing contracts, \
            or only to purchases?",
        tags: &["clean-vehicles", "leasing", "fleet"],
        expertise: &["cpv-34", "policy-green"],
        language: "en",
        replies: &[
            DemoReply {
                author: 18, // Katarzyna Nowak
                body: "They apply to leasing too. The directive covers contracts for the \
                    **purchase, lease, rental or hire-purchase** of road vehicles awarded \
                    under the procurement directives, plus certain service contracts (public \
                    road transport, refuse collection, post). Count the vehicles in the \
                    contracts awarded in each reference period.",
            },
            DemoReply {
                author: 23, // Bram Hendriks
                body: "And keep a register of awarded contracts per vehicle category. The \
                    national reporting asks for numbers by category, and reconstructing \
                    them afterwards from lease contracts is painful.",
            },
        ],
        accepted: Some(0),
    },
    DemoThread {
        community: "mobility-fleet",
        author: 23, // Bram Hendriks
        kind: "question",
        title: "Shared e-bikes for staff: buy, lease or service contract?",
        body: "We want 60 shared e-bikes at our three main offices, with maintenance, \
            booking app and insurance. Is this best bought as a supply (buying or leasing \
            the bikes) or as a mobility **service**? The CPV code and the threshold depend \
            on it. Any experience welcome.",
        tags: &["mobility", "e-bikes", "cpv"],
        expertise: &["cpv-34", "policy-green"],
        language: "en",
        replies: &[],
        accepted: None,
    },
    // ----- office-supplies-furniture ------------------------------------
    DemoThread {
        community: "office-supplies-furniture",
        author: 19, // Hugo Peeters
        kind: "discussion",
        title: "Refurbished furniture in a framework: how did you set the minimum share?",
        body: "In our new furniture framework we want a **minimum share of refurbished or \
            remanufactured furniture** per call-off. We are hesitating between 30% and 50% \
            of the order value. How did others set the figure, and did suppliers manage?",
        tags: &["circular", "furniture", "framework-agreement"],
        expertise: &["cpv-39", "proc-framework-agreement", "policy-green"],
        language: "en",
        replies: &[
            DemoReply {
                author: 16, // Nicolas Girard
                body: "We started at 25% in year one, rising to 50% in year three, written as \
                    a contract performance condition (art. 70). The market consultation \
                    showed suppliers needed time to build up stock of returned furniture.",
            },
            DemoReply {
                author: 11, // Eva Novak
                body: "Measure it on value *and* on item count. One supplier met the value \
                    share with a few expensive refurbished meeting tables and delivered all \
                    chairs new.",
            },
        ],
        accepted: None,
    },
    // ----- catering -------------------------------------------------------
    DemoThread {
        community: "catering",
        author: 7, // Camille Lefèvre
        kind: "question",
        title: "Restauration des lycées : peut-on exiger des produits locaux ?",
        body: "Nos élus souhaitent que les cantines des lycées servent des **produits \
            locaux**. Je sais que le critère géographique est interdit, mais que peut-on \
            faire concrètement dans le marché de denrées alimentaires ?",
        tags: &["restauration", "produits-locaux", "allotissement"],
        expertise: &["cpv-55", "cpv-15", "policy-sme"],
        language: "fr",
        replies: &[
            DemoReply {
                author: 13, // Claire Moreau
                body: "Exiger une origine locale est discriminatoire, c'est clair. Mais \
                    plusieurs leviers sont licites :\n\n\
                    - un **allotissement fin** par famille de produits (fruits de saison, \
                    laitages, viande) pour que les petits producteurs puissent répondre ;\n\
                    - des exigences de **fraîcheur** et de **saisonnalité** ;\n\
                    - un critère sur les performances environnementales de l'approvisionnement ;\n\
                    - la part de produits sous signe de qualité demandée par la loi EGalim.\n\n\
                    C'est mon interprétation : justifiez chaque critère par le besoin, jamais \
                    par la localisation du fournisseur.",
            },
            DemoReply {
                author: 17, // Fatima El Amrani
                body: "Same debate in Dutch municipalities. A **market consultation** with \
                    regional producers before the tender helped us design lots they could \
                    actually bid for.",
            },
        ],
        accepted: Some(0),
    },
    DemoThread {
        community: "catering",
        author: 17, // Fatima El Amrani
        kind: "discussion",
        title: "Social return in catering contracts: what percentages are realistic?",
        body: "We usually ask 5% of the contract value as social return. Catering contractors \
            say this is too much because their margins are thin, but they also employ many \
            people who could come from our target groups. What do you ask in catering?",
        tags: &["social-return", "catering"],
        expertise: &["cpv-55", "policy-social"],
        language: "en",
        replies: &[
            DemoReply {
                author: 19, // Hugo Peeters
                body: "We ask a number of **placements** rather than a percentage: two \
                    traineeships in the staff restaurant per year. Easier to monitor and \
                    suppliers find it concrete.",
            },
            DemoReply {
                author: 5, // Sofia Rossi
                body: "In our hospital the kitchen contractor works with a sheltered workshop \
                    for dishwashing. It counts towards social return and it has been running \
                    smoothly for years.",
            },
        ],
        accepted: None,
    },
    // ----- waste-environment ----------------------------------------------
    DemoThread {
        community: "waste-environment",
        author: 12, // Mehmet Yilmaz
        kind: "question",
        title: "Afvalinzameling gunnen aan ons eigen afvalbedrijf: mag dat zonder aanbesteding?",
        body: "Onze gemeente is samen met vijf andere gemeenten aandeelhouder van een \
            afvalbedrijf. Het bedrijf werkt ook voor een paar bedrijventerreinen. Mogen we de \
            inzameling van huishoudelijk afval rechtstreeks aan dit bedrijf gunnen?",
        tags: &["inbesteden", "afval", "samenwerking"],
        expertise: &["cpv-90"],
        language: "nl",
        replies: &[
            DemoReply {
                author: 9, // Marieke Jansen
                body: "Dat kan via **quasi-inbesteding** (art. 12(3) van de richtlijn, \
                    gezamenlijke zeggenschap) als aan alle voorwaarden is voldaan:\n\n\
                    - de gemeenten oefenen samen toezicht uit zoals op een eigen dienst;\n\
                    - meer dan 80% van de activiteiten wordt verricht voor de \
                    aandeelhoudende gemeenten;\n\
                    - er is geen directe private kapitaaldeelname.\n\n\
                    Het werk voor bedrijventerreinen telt mee in de 20%. Laat de omzetcijfers \
                    van de afgelopen drie jaar zien in je besluit.",
            },
            DemoReply {
                author: 23, // Bram Hendriks
                body: "Let ook op de nationale regels over gelijk speelveld tussen overheid en \
                    markt; die kunnen eisen stellen aan de activiteiten voor derden, los van \
                    de aanbestedingsregels.",
            },
        ],
        accepted: Some(0),
    },
    DemoThread {
        community: "waste-environment",
        author: 22, // María Fernández
        kind: "discussion",
        title: "Medical waste collection: scoring transport emissions",
        body: "We collect medical waste from six hospital sites. We would like to reward \
            low-emission transport in the award criteria, but bidders' processing plants are \
            at very different distances. Scoring distance would favour the nearest plant, \
            which feels like a geographic criterion. Ideas?",
        tags: &["waste", "emissions", "award-criteria"],
        expertise: &["cpv-90", "policy-green"],
        language: "en",
        replies: &[DemoReply {
            author: 19, // Hugo Peeters
            body: "We scored the **vehicles** (emission class, zero-emission share of the \
                    fleet used) and the route plan, not the distance. Distance is partly a \
                    fact of where plants are; vehicles are something the bidder chooses.",
        }],
        accepted: None,
    },
    // ----- research-universities ------------------------------------------
    DemoThread {
        community: "research-universities",
        author: 15, // Ingrid Larsen
        kind: "question",
        title: "Buying a one-off prototype microscope for a research group: which route?",
        body: "A research group wants a microscope that a manufacturer will build specially \
            for their experiment. It does not exist on the market; the value is about \
            400,000 euro. Is there an exemption for research, or do we need a full \
            procedure?",
        tags: &["research", "negotiated-procedure", "supplies"],
        expertise: &["cpv-38", "proc-negotiated-without-publication"],
        language: "en",
        replies: &[
            DemoReply {
                author: 22, // María Fernández
                body: "Two provisions are often confused:\n\n\
                    - **art. 14** excludes certain R&D *services*, unless the benefits accrue \
                    exclusively to you and you pay for all of them. It does not cover buying \
                    equipment.\n\
                    - **art. 32(3)(a)** allows the negotiated procedure without prior \
                    publication for *supplies* manufactured purely for research, \
                    experimentation, study or development, provided no quantity production \
                    is involved.\n\n\
                    A one-off prototype built for an experiment fits the second. Document \
                    the research purpose in the file.",
            },
            DemoReply {
                author: 5, // Sofia Rossi
                body: "We used art. 32(3)(a) for a custom imaging device. We still asked two \
                    manufacturers informally to be sure nobody else could build it.",
            },
        ],
        accepted: Some(0),
    },
    // ----- waterschappen ----------------------------------------------------
    DemoThread {
        community: "waterschappen",
        author: 9, // Marieke Jansen
        kind: "question",
        title: "Bouwteam voor een dijkversterking: welke procedure kiezen jullie?",
        body: "We willen voor een dijkversterking van 9 km met een **bouwteam** werken: de \
            aannemer denkt mee in de ontwerpfase en daarna volgt een prijsvorming voor de \
            uitvoering. Welke procedure gebruiken jullie om de aannemer te selecteren? Open \
            procedure met een gunning op kwaliteit en tarieven, of een \
            mededingingsprocedure met onderhandeling?",
        tags: &["bouwteam", "procedurekeuze", "dijkversterking"],
        expertise: &["cpv-45", "cpv-71", "proc-competitive-negotiation"],
        language: "nl",
        replies: &[
            DemoReply {
                author: 6, // Pieter Bakker
                body: "Wij kiezen meestal de **mededingingsprocedure met onderhandeling** \
                    (art. 29). De grond is art. 26(4)(a): de opdracht omvat ontwerp en kan \
                    niet worden gegund zonder voorafgaande onderhandelingen over aanpak en \
                    risico's. In de onderhandelingsronde bespreken we het risicodossier en \
                    de uurtarieven.\n\n\
                    Belangrijk: leg vooraf vast hoe de uitvoeringsprijs tot stand komt \
                    (openboekcalculatie, toetsing door een onafhankelijke kostendeskundige) \
                    en wat er gebeurt als je het niet eens wordt. Zonder die exit ben je \
                    afhankelijk van één aannemer.",
            },
            DemoReply {
                author: 23, // Bram Hendriks
                body: "Wij hebben het ook met een openbare procedure gedaan, gunning op \
                    teamsamenstelling en visie. Dat werkt, maar je mist de kans om het \
                    plan van aanpak te verbeteren. Voor complexe dijken zou ik Pieters \
                    route volgen.",
            },
        ],
        accepted: Some(0),
    },
    DemoThread {
        community: "waterschappen",
        author: 23, // Bram Hendriks
        kind: "discussion",
        title: "Samen met het buurwaterschap het onderhoud van gemalen inkopen",
        body: "De provincie faciliteert een gezamenlijke aanbesteding voor het \
            **elektrotechnisch onderhoud van gemalen** van twee waterschappen. Vragen die \
            nu op tafel liggen: wie is aanbestedende dienst, één contract of twee, en hoe \
            verdelen we de kosten van de procedure? Wie heeft hier ervaring mee?",
        tags: &["gezamenlijk-inkopen", "onderhoud", "gemalen"],
        expertise: &["cpv-50"],
        language: "nl",
        replies: &[
            DemoReply {
                author: 9, // Marieke Jansen
                body: "Wij deden dit met één penvoerder en twee aparte contracten na gunning. \
                    Beide waterschappen tekenden een samenwerkingsovereenkomst met de \
                    verdeling van kosten en aansprakelijkheid (art. 38 van de richtlijn). \
                    Twee contracten maakt het contractbeheer per waterschap overzichtelijk.",
            },
            DemoReply {
                author: 6, // Pieter Bakker
                body: "Stem vooraf de technische standaarden af. Bij ons bleek halverwege dat \
                    beide partijen een ander besturingssysteem voor de gemalen hadden, \
                    waardoor de percelen opnieuw moesten worden ingedeeld.",
            },
        ],
        accepted: None,
    },
    // ----- prestations-intellectuelles ------------------------------------
    DemoThread {
        community: "prestations-intellectuelles",
        author: 16, // Nicolas Girard
        kind: "question",
        title: "Accord-cadre de conseil : bons de commande ou marchés subséquents ?",
        body: "Nous préparons un accord-cadre de conseil en organisation, multi-attributaire, \
            quatre ans. Les missions seront très variées (diagnostic, accompagnement du \
            changement, formation des managers). Vaut-il mieux des **bons de commande** avec \
            un ordre de rotation ou des **marchés subséquents** avec remise en concurrence ?",
        tags: &["accord-cadre", "conseil", "marches-subsequents"],
        expertise: &["cpv-79", "proc-framework-agreement"],
        language: "fr",
        replies: &[
            DemoReply {
                author: 20, // Elise Bernard
                body: "Avec des missions aussi hétérogènes, je recommanderais les **marchés \
                    subséquents** : les bons de commande supposent que toutes les conditions \
                    soient fixées dans l'accord-cadre, ce qui est irréaliste pour du conseil \
                    sur mesure. La remise en concurrence permet d'ajuster la méthodologie et \
                    le nombre de jours à chaque mission.\n\n\
                    Prévoyez dans l'accord-cadre les critères des marchés subséquents et un \
                    délai de réponse court (10 jours) pour que la procédure reste légère. \
                    C'est une analyse personnelle, à confirmer selon votre contexte.",
            },
            DemoReply {
                author: 4, // Julien Martin
                body: "Une formule mixte est aussi possible : bons de commande pour les \
                    prestations standardisées (formation avec un prix par jour et par \
                    stagiaire), marchés subséquents pour les missions de conseil.",
            },
        ],
        accepted: Some(0),
    },
    DemoThread {
        community: "prestations-intellectuelles",
        author: 4, // Julien Martin
        kind: "discussion",
        title: "Prestations intellectuelles : jusqu'où baisser la pondération du prix ?",
        body: "Dans nos marchés de conseil, le prix pèse encore 40 % en moyenne. Les \
            prescripteurs demandent de descendre à **20 %**, voire moins, pour favoriser la \
            qualité des équipes. Où en êtes-vous, et avez-vous constaté des effets sur les \
            prix remis ?",
        tags: &["ponderation", "prix", "criteres-attribution"],
        expertise: &["cpv-79"],
        language: "fr",
        replies: &[
            DemoReply {
                author: 16, // Nicolas Girard
                body: "Nous sommes passés à 30 % sur l'accord-cadre d'assistance à maîtrise \
                    d'ouvrage. Les prix ont légèrement augmenté (environ 5 %), mais les \
                    écarts de qualité entre offres sont devenus décisifs, ce qui était \
                    l'objectif.",
            },
            DemoReply {
                author: 20, // Elise Bernard
                body: "Attention à la méthode de notation : avec 20 % de prix et une formule \
                    relative, un écart de prix de 40 % peut ne changer que quelques points. \
                    Vérifiez que cela correspond vraiment à votre besoin, et justifiez la \
                    pondération dans le rapport de présentation.",
            },
        ],
        accepted: None,
    },
    // ----- legal-financial-services ---------------------------------------
    DemoThread {
        community: "legal-financial-services",
        author: 11, // Eva Novak
        kind: "question",
        title: "Insurance tender with a single bid: accept or relaunch?",
        body: "Our open procedure for fleet and liability insurance received **one tender**. \
            It is compliant, but the premium is 35% above the current contract. The market is \
            thin (most insurers withdrew from public fleets). Do we accept, relaunch, or \
            switch to a negotiated procedure? Any experience with this market would help.",
        tags: &["insurance", "single-bid", "open-procedure"],
        expertise: &["cpv-66", "proc-open"],
        language: "en",
        replies: &[],
        accepted: None,
    },
    // ----- police-public-safety -------------------------------------------
    DemoThread {
        community: "police-public-safety",
        author: 10, // Thomas Dubois
        kind: "question",
        title: "Véhicules banalisés : peut-on restreindre la publicité pour raisons de sécurité ?",
        body: "Nous achetons des véhicules banalisés pour des unités d'enquête. Publier au \
            JOUE le nombre de véhicules, les modèles et les équipements spécifiques nous pose \
            un problème de sécurité. Quelles options avons-nous pour limiter la publicité ?",
        tags: &["securite", "publicite", "vehicules"],
        expertise: &["cpv-34", "cpv-35", "proc-negotiated-without-publication"],
        language: "fr",
        replies: &[
            DemoReply {
                author: 8, // Lars Jensen
                body: "(Answering in English, sorry.) You have a graded set of options, from \
                    least to most intrusive:\n\n\
                    1. a normal procedure with **confidentiality requirements** (art. 21(2)) \
                    and the sensitive details only in documents released to selected \
                    candidates in a restricted procedure;\n\
                    2. a generic notice description (*vehicles with special equipment*) \
                    without quantities per unit;\n\
                    3. the exclusion of art. 15(2)/(3) for essential security interests, \
                    only if the first two cannot protect those interests.\n\n\
                    The case law requires you to show why less intrusive measures are not \
                    enough before using option 3.",
            },
            DemoReply {
                author: 21, // Sander Visser
                body: "We do option 1 for vehicles of our custodial transport service. The \
                    conversion specifications are handed over only after candidates sign a \
                    confidentiality statement.",
            },
        ],
        accepted: Some(0),
    },
    // ----- central-purchasing-bodies --------------------------------------
    DemoThread {
        community: "central-purchasing-bodies",
        author: 4, // Julien Martin
        kind: "discussion",
        title: "Maximum quantities in CPB frameworks after C-23/20: what do you publish?",
        body: "Since the Court ruled (C-216/17 and C-23/20) that a framework notice must state \
            the estimated **and maximum** quantity or value, and that the framework is \
            exhausted once the maximum is reached, we publish a maximum per lot. The \
            difficulty for a central purchasing body: we do not know in advance how many \
            ministries will call off.\n\n\
            How do you set the maximum? A margin on the estimate, or a survey of users?",
        tags: &["framework-agreement", "maximum-value", "case-law"],
        expertise: &["proc-framework-agreement"],
        language: "en",
        replies: &[
            DemoReply {
                author: 16, // Nicolas Girard
                body: "Survey of potential users plus a margin of about 30%, justified in the \
                    file by historical consumption. We also monitor call-offs monthly; at 80% \
                    of the maximum we start preparing the successor.",
            },
            DemoReply {
                author: 20, // Elise Bernard
                body: "Une marge est acceptable si elle est raisonnable et motivée. Ce qui \
                    n'est pas acceptable à mon avis : un maximum volontairement irréaliste \
                    qui viderait la règle de son sens.",
            },
            DemoReply {
                author: 13, // Claire Moreau
                body: "As a user, please make the consumption figures per user visible. We \
                    once learned by accident that a framework was nearly exhausted.",
            },
        ],
        accepted: None,
    },
    // ----- regional-buyers-network ----------------------------------------
    DemoThread {
        community: "regional-buyers-network",
        author: 18, // Katarzyna Nowak
        kind: "discussion",
        title: "Regional buyers' meetup: topics for the spring session",
        body: "The spring session is on a Thursday in April, hosted by the province. Proposed \
            topics so far:\n\n\
            - joint tender for **road salt** for the coming winters;\n\
            - experiences with the new e-procurement platform;\n\
            - social return in joint contracts.\n\n\
            What else should be on the agenda? Reply here; we will vote in March.",
        tags: &["meetup", "joint-procurement"],
        expertise: &["cpv-34", "policy-social"],
        language: "en",
        replies: &[
            DemoReply {
                author: 7, // Camille Lefèvre
                body: "I would add **price revision clauses**: several of us had to renegotiate \
                    after the energy price shock and approaches differed a lot.",
            },
            DemoReply {
                author: 23, // Bram Hendriks
                body: "Happy to present our circular procurement dashboard (15 minutes).",
            },
            DemoReply {
                author: 19, // Hugo Peeters
                body: "+1 for price revision. And maybe a short round on contract management \
                    tools.",
            },
            DemoReply {
                author: 17, // Fatima El Amrani
                body: "I can lead the social return part, with the monitoring figures from \
                    our joint cleaning contract.",
            },
        ],
        accepted: None,
    },
    DemoThread {
        community: "regional-buyers-network",
        author: 23, // Bram Hendriks
        kind: "question",
        title: "Joint tender of a province and three municipalities: who is liable for what?",
        body: "The province and three municipalities want to tender road maintenance together. \
            The province will run the procedure; each authority signs its own contract. If a \
            losing bidder challenges the award, who is the defendant? And who is responsible \
            for errors in a municipality's own part of the specifications?",
        tags: &["joint-procurement", "liability", "remedies"],
        expertise: &["cpv-45"],
        language: "en",
        replies: &[
            DemoReply {
                author: 17, // Fatima El Amrani
                body: "Art. 38 of the directive draws the line. Where the procedure is carried \
                    out **jointly, in the name and on behalf of all**, the authorities are \
                    jointly responsible for compliance. Where only parts are joint, each is \
                    responsible only for the parts it carries out itself.\n\n\
                    In your set-up (province runs the procedure for all), I would expect joint \
                    responsibility for the procedure, while each municipality remains \
                    responsible for its own contract performance. Put that in a cooperation \
                    agreement, including who pays legal costs.",
            },
            DemoReply {
                author: 7, // Camille Lefèvre
                body: "En France, c'est la convention constitutive du groupement de commandes \
                    qui règle tout cela. Même logique : écrivez-le avant de lancer.",
            },
        ],
        accepted: None,
    },
    // ----- gemeentelijke-inkopers -------------------------------------------
    DemoThread {
        community: "gemeentelijke-inkopers",
        author: 12, // Mehmet Yilmaz
        kind: "question",
        title: "Meervoudig onderhands bij een dienst van 80.000 euro: hoeveel offertes?",
        body: "Ons inkoopbeleid zegt: vanaf 50.000 euro meervoudig onderhands, *drie tot vijf \
            offertes*. Voor een schoonmaakopdracht van 80.000 euro wil een budgethouder \
            alleen de huidige leverancier en één andere partij vragen. Mag ik dat \
            tegenhouden, en waar staat dat?",
        tags: &["meervoudig-onderhands", "inkoopbeleid", "proportionaliteit"],
        expertise: &["proc-below-threshold"],
        language: "nl",
        replies: &[
            DemoReply {
                author: 17, // Fatima El Amrani
                body: "Je eigen **inkoopbeleid** is leidend: als daar drie tot vijf staat, is \
                    twee te weinig, tenzij het beleid een afwijkingsprocedure heeft (meestal \
                    met motivering en akkoord van inkoop). De Gids Proportionaliteit geeft \
                    dezelfde richting: bij meervoudig onderhands nodig je in de regel drie \
                    tot vijf ondernemers uit.\n\n\
                    Tip: nodig ook een lokale of nieuwe partij uit, dan doorbreek je de \
                    gewoonte van *de vaste leverancier plus één*.",
            },
            DemoReply {
                author: 2, // Helga Helpdesk
                body: "Aanvulling vanuit de helpdesk: leg de keuze van de uitgenodigde \
                    partijen vast in het dossier. Bij een klacht is dat het eerste wat \
                    gevraagd wordt.",
            },
        ],
        accepted: None,
    },
    DemoThread {
        community: "gemeentelijke-inkopers",
        author: 17, // Fatima El Amrani
        kind: "discussion",
        title: "Inkoopbeleid herzien: wat schrijven jullie over lokaal inkopen?",
        body: "We herzien ons inkoopbeleid. De raad wil dat *lokale ondernemers meer kansen \
            krijgen*. Tegelijk mag je niet discrimineren op vestigingsplaats. Hoe hebben \
            jullie dit verwoord? Ik denk aan:\n\n\
            - bij onderhandse procedures minimaal één lokale ondernemer uitnodigen als die \
            er is;\n\
            - opdrachten waar mogelijk in kleinere percelen;\n\
            - eenvoudige eisen en snelle betaling.",
        tags: &["inkoopbeleid", "lokaal", "mkb"],
        expertise: &["policy-sme", "proc-below-threshold"],
        language: "nl",
        replies: &[
            DemoReply {
                author: 12, // Mehmet Yilmaz
                body: "Wij hebben precies die drie punten. Let op: *minimaal één lokale \
                    ondernemer uitnodigen* is alleen houdbaar onder de drempel en zonder \
                    duidelijk grensoverschrijdend belang.",
            },
            DemoReply {
                author: 9, // Marieke Jansen
                body: "Wij hebben er een vierde punt bij: een jaarlijkse \
                    inkoopbijeenkomst voor ondernemers uit de regio, waarin we de \
                    inkoopplanning toelichten. Dat levert meer op dan regels.",
            },
        ],
        accepted: None,
    },
    DemoThread {
        community: "gemeentelijke-inkopers",
        author: 2, // Helga Helpdesk
        kind: "question",
        title: "Vanuit de helpdesk: mag een gemeente afnemen van de raamovereenkomst van een buurgemeente?",
        body: "Deze vraag kwam binnen bij de helpdesk en lijkt ons breder interessant: een \
            kleine gemeente wil kantoorartikelen bestellen via de raamovereenkomst die een \
            buurgemeente vorig jaar heeft aanbesteed. De leverancier vindt het prima. Kan \
            dit?",
        tags: &["raamovereenkomst", "samenwerking", "helpdesk"],
        expertise: &["proc-framework-agreement"],
        language: "nl",
        replies: &[
            DemoReply {
                author: 12, // Mehmet Yilmaz
                body: "Alleen als de kleine gemeente in de oorspronkelijke aankondiging \
                    **duidelijk als gebruiker is genoemd** (art. 33(2) van de richtlijn). \
                    Zo niet, dan is afnemen een nieuwe opdracht zonder procedure, ook als de \
                    leverancier akkoord is. Het Hof bevestigde dat in zaak C-216/17.\n\n\
                    Voor de volgende keer: noem bij een raamovereenkomst alle mogelijke \
                    deelnemers en neem hun volumes mee in de raming en het maximum.",
            },
            DemoReply {
                author: 17, // Fatima El Amrani
                body: "Bij ons lossen we dit op door in regionale raamovereenkomsten altijd de \
                    hele regio als mogelijke afnemers op te nemen.",
            },
        ],
        accepted: Some(0),
    },
    // ----- contract-managers --------------------------------------------------
    DemoThread {
        community: "contract-managers",
        author: 18, // Katarzyna Nowak
        kind: "question",
        title: "Which KPIs do you actually monitor in a bus operations contract?",
        body: "Our public transport contract has 31 KPIs. Nobody looks at most of them and the \
            operator complains about the reporting burden. Which KPIs do you really use to \
            steer a bus operations contract?",
        tags: &["kpi", "public-transport", "contract-management"],
        expertise: &["cpv-60"],
        language: "en",
        replies: &[
            DemoReply {
                author: 21, // Sander Visser
                body: "Not a transport contract, but the principle we apply everywhere: **five \
                    to eight KPIs** that trigger a conversation or a payment, and the rest as \
                    information the supplier keeps available on request. For buses I would \
                    guess punctuality, trips cancelled, passenger satisfaction, vehicle \
                    availability and complaints handled on time.",
            },
            DemoReply {
                author: 6, // Pieter Bakker
                body: "And link each KPI to an owner on your side. A KPI that nobody is \
                    responsible for discussing is just paperwork for the supplier.",
            },
        ],
        accepted: None,
    },
    DemoThread {
        community: "contract-managers",
        author: 21, // Sander Visser
        kind: "discussion",
        title: "Bonus/malus clauses in service contracts: worth the administration?",
        body: "We applied maluses in our security guard contract for two years. Total \
            deductions: about 0.4% of the contract value. Time spent discussing them: a lot. \
            Are bonus/malus systems worth it, or do good performance meetings achieve the \
            same?",
        tags: &["bonus-malus", "kpi", "service-contracts"],
        expertise: &["cpv-79"],
        language: "en",
        replies: &[
            DemoReply {
                author: 11, // Eva Novak
                body: "The money is not the point; the malus gives the supplier's account \
                    manager an argument internally to fix things. We would keep it, but with \
                    fewer indicators.",
            },
            DemoReply {
                author: 19, // Hugo Peeters
                body: "We replaced maluses with a quarterly score that counts for extension \
                    decisions. Suppliers care more about the extension than about small \
                    deductions.",
            },
            DemoReply {
                author: 9, // Marieke Jansen
                body: "Bonussen hebben bij ons nooit gewerkt: leveranciers rekenen ze bij \
                    voorbaat in hun prijs in.",
            },
        ],
        accepted: None,
    },
    DemoThread {
        community: "contract-managers",
        author: 6, // Pieter Bakker
        kind: "discussion",
        title: "Handover from tender team to contract manager: what belongs in the file?",
        body: "We are writing a standard handover checklist for when a contract is signed. \
            First draft:\n\n\
            - signed contract, tender documents and the winning tender;\n\
            - questions and answers from the tender phase;\n\
            - commitments the supplier made in its quality plan, listed one by one;\n\
            - known risks and open points from the negotiations;\n\
            - contact persons on both sides.\n\n\
            What are we missing?",
        tags: &["contract-management", "handover", "checklist"],
        expertise: &["cpv-45"],
        language: "en",
        replies: &[],
        accepted: None,
    },
    // ----- acheteurs-etat-en-region ---------------------------------------
    DemoThread {
        community: "acheteurs-etat-en-region",
        author: 13, // Claire Moreau
        kind: "question",
        title: "Mutualiser le nettoyage de plusieurs services de l'État : qui porte le marché ?",
        body: "Dans notre département, cinq services de l'État et le CHU souhaitent un marché \
            de nettoyage commun. Qui peut porter la procédure : la plateforme régionale des \
            achats, l'un des services, ou faut-il un groupement de commandes ?",
        tags: &["mutualisation", "groupement-de-commandes", "nettoyage"],
        expertise: &["cpv-90"],
        language: "fr",
        replies: &[
            DemoReply {
                author: 4, // Julien Martin
                body: "Pour les services de l'État entre eux, la plateforme régionale peut \
                    porter un marché interministériel local. Le CHU est un établissement \
                    public distinct : il faut alors un **groupement de commandes** avec une \
                    convention constitutive qui désigne le coordonnateur et répartit les \
                    responsabilités.\n\n\
                    Dans la pratique, le coordonnateur signe et notifie pour tous, chacun \
                    exécute sa part. Vérifiez aussi qu'aucun marché national n'existe déjà \
                    pour ce segment.",
            },
            DemoReply {
                author: 10, // Thomas Dubois
                body: "Nous avons fait exactement cela pour le gardiennage l'an dernier. \
                    Prévoyez des lots géographiques, sinon les petites entreprises locales ne \
                    peuvent pas répondre.",
            },
        ],
        accepted: Some(0),
    },
    // ----- achats-hospitaliers-ght -----------------------------------------
    DemoThread {
        community: "achats-hospitaliers-ght",
        author: 13, // Claire Moreau
        kind: "discussion",
        title: "Équipements lourds : convention de groupement ou centrale d'achat ?",
        body: "Pour le renouvellement des scanners et IRM des établissements du groupement, \
            nous hésitons entre une **convention de groupement de commandes** avec les \
            établissements partenaires et le recours à une **centrale d'achat** hospitalière. \
            Quels critères vous ont fait choisir ?",
        tags: &["equipements-lourds", "centrale-achat", "groupement"],
        expertise: &["cpv-33"],
        language: "fr",
        replies: &[
            DemoReply {
                author: 5, // Sofia Rossi
                body: "(In English, my French is only good for reading.) We compared both. \
                    The central purchasing body was faster, but its specifications did not \
                    cover our research needs for the MRI. For standard CT scanners we used \
                    the central body; for the research MRI we went for our own joint \
                    procurement.",
            },
            DemoReply {
                author: 22, // María Fernández
                body: "Same conclusion here. Also compare the maintenance terms: central \
                    frameworks often have standard uptime guarantees that are lower than what \
                    a teaching hospital needs.",
            },
        ],
        accepted: None,
    },
    // ----- new-to-procurement ---------------------------------------------------
    DemoThread {
        community: "new-to-procurement",
        author: 2, // Helga Helpdesk
        kind: "question",
        title: "From the helpdesk: what is the difference between a framework agreement and a DPS?",
        body: "We get this question every week from new colleagues, so here it is for \
            everyone. Both let you buy repeatedly from pre-selected suppliers. What is the \
            practical difference, and when would you pick which?",
        tags: &["framework-agreement", "dps", "basics"],
        expertise: &["proc-framework-agreement", "proc-dynamic-purchasing-system"],
        language: "en",
        replies: &[
            DemoReply {
                author: 1, // Mo Moderator
                body: "In short:\n\n\
                    | | Framework agreement (art. 33) | DPS (art. 34) |\n\
                    |---|---|---|\n\
                    | New suppliers | closed after award | can join at any time |\n\
                    | Duration | max. 4 years as a rule | no fixed maximum |\n\
                    | Call-offs | with or without new competition | always a new competition |\n\
                    | Procedure | any procedure | restricted procedure rules, fully electronic |\n\n\
                    Pick a **framework** when you want fixed prices and terms for a few years. \
                    Pick a **DPS** for commonly used purchases in a market with many suppliers \
                    and changing entrants.",
            },
            DemoReply {
                author: 21, // Sander Visser
                body: "Practical addition: a DPS costs more work per purchase (every call-off \
                    is a mini-tender), a framework costs more work up front.",
            },
        ],
        accepted: Some(0),
    },
    DemoThread {
        community: "new-to-procurement",
        author: 21, // Sander Visser
        kind: "question",
        title: "Reading list for someone starting in procurement?",
        body: "A new colleague joins our contract management office next month, coming from \
            finance. What should she read in her first weeks? Preferably practical, not only \
            the directive.",
        tags: &["training", "basics"],
        expertise: &["proc-open", "proc-below-threshold"],
        language: "en",
        replies: &[
            DemoReply {
                author: 1, // Mo Moderator
                body: "The community keeps a starter page at \
                    [example.org/starters](https://example.org/starters). Beyond that: the \
                    directive's recitals are surprisingly readable, and the national \
                    proportionality guidance for below-threshold work.",
            },
            DemoReply {
                author: 15, // Ingrid Larsen
                body: "Let her read three real tender files from your own organisation, \
                    including one that went badly. Worth more than any handbook.",
            },
            DemoReply {
                author: 2, // Helga Helpdesk
                body: "And she is welcome to ask anything here or at the helpdesk. Tag \
                    questions with `basics` so other starters find them.",
            },
        ],
        accepted: None,
    },
    // ----- procurement-legal-advisers ---------------------------------------
    DemoThread {
        community: "procurement-legal-advisers",
        author: 8, // Lars Jensen
        kind: "question",
        title: "Abnormally low tender: how far must we go before rejecting it?",
        body: "A tender for vehicle maintenance is 38% below the next one. Our evaluation team \
            wants to reject it straight away. I think we must ask for an explanation first. \
            How many rounds of questions are needed before a rejection holds up?",
        tags: &["abnormally-low-tender", "evaluation", "art-69"],
        expertise: &["cpv-50", "proc-open"],
        language: "en",
        replies: &[
            DemoReply {
                author: 20, // Elise Bernard
                body: "You are right: **art. 69(1)** obliges you to require an explanation; \
                    there is no automatic rejection based on a percentage.\n\n\
                    - ask specific questions (labour hours, hourly rates, parts prices), not \
                    a general *please explain*;\n\
                    - assess the evidence; you may reject only if it does not satisfactorily \
                    account for the low price (art. 69(3));\n\
                    - you **must** reject if the price is low because of non-compliance with \
                    environmental, social or labour law (art. 18(2)).\n\n\
                    One well-documented round is usually enough; a second round is wise if \
                    the first answers raise new questions.",
            },
            DemoReply {
                author: 1, // Mo Moderator
                body: "Also useful: decide the trigger for investigating (for example 20% \
                    below the average) in an internal note before opening tenders, so the \
                    choice to investigate is not itself questioned.",
            },
        ],
        accepted: Some(0),
    },
    DemoThread {
        community: "procurement-legal-advisers",
        author: 20, // Elise Bernard
        kind: "discussion",
        title: "Self-cleaning under art. 57(6): has anyone accepted the evidence?",
        body: "A bidder declared in its ESPD a cartel fine from five years ago and provided \
            self-cleaning evidence: compensation paid, new compliance officer, training, \
            dismissal of the managers involved. Has anyone actually accepted self-cleaning? \
            What level of evidence did you find sufficient?",
        tags: &["exclusion-grounds", "self-cleaning", "espd"],
        expertise: &["proc-open", "proc-restricted"],
        language: "en",
        replies: &[
            DemoReply {
                author: 8, // Lars Jensen
                body: "Yes, once. We asked for the compliance programme, the external audit \
                    report on it, and proof of the compensation payments. We documented our \
                    assessment in four pages; the decision was not challenged.",
            },
            DemoReply {
                author: 1, // Mo Moderator
                body: "Remember that the assessment must consider the gravity and particular \
                    circumstances (art. 57(6), third subparagraph). A reasoned decision to \
                    the bidder is required when the evidence is found insufficient.",
            },
        ],
        accepted: None,
    },
    // ----- national-cloud-framework -----------------------------------------
    DemoThread {
        community: "national-cloud-framework",
        author: 14, // Joost van Dijk
        kind: "discussion",
        title: "Lot structure for the national cloud framework: draft for comment",
        body: "Draft lot structure for the steering group, version 0.3:\n\n\
            1. **Infrastructure as a service** (compute, storage, network);\n\
            2. **Platform services** (databases, container platforms);\n\
            3. **Sovereign hosting** for data classified above *internal*;\n\
            4. **Cloud brokerage and migration services**.\n\n\
            Open points: is lot 3 a separate market or a requirement within lots 1-2? And \
            do we allow one tenderer to win all four lots? Comments before Friday please.",
        tags: &["cloud", "lots", "framework-agreement"],
        expertise: &["cpv-72", "proc-framework-agreement"],
        language: "en",
        replies: &[
            DemoReply {
                author: 11, // Eva Novak
                body: "From the user side: keep lot 3 separate. Our agency needs it for a \
                    small part of our systems and would not want the security requirements \
                    to raise the price of everything else.",
            },
            DemoReply {
                author: 4, // Julien Martin
                body: "On lot 4, consider limiting the lots per tenderer (art. 46(2)): a \
                    broker that also sells the infrastructure is not neutral. We learned \
                    that in our own framework.",
            },
            DemoReply {
                author: 14, // Joost van Dijk
                body: "Thanks. Version 0.4 keeps lot 3 separate and adds a rule that a \
                    tenderer awarded lot 4 cannot be awarded lot 1 or 2.",
            },
        ],
        accepted: None,
    },
    DemoThread {
        community: "national-cloud-framework",
        author: 11, // Eva Novak
        kind: "question",
        title: "Can we require that all data is hosted within the EU?",
        body: "For taxpayer data our data protection officer wants a hard requirement: \
            **storage and processing only within the EU/EEA**, including support access. Is \
            that allowed as a technical specification, or is it discriminatory?",
        tags: &["cloud", "data-location", "gdpr"],
        expertise: &["cpv-72"],
        language: "en",
        replies: &[
            DemoReply {
                author: 14, // Joost van Dijk
                body: "My personal interpretation: a data location requirement is a \
                    characteristic of the service, not of the supplier, so it does not \
                    discriminate against non-EU tenderers as such. It must be proportionate \
                    and based on a risk assessment of the data concerned. Support access from \
                    outside the EU is the harder part; many providers use follow-the-sun \
                    support.",
            },
            DemoReply {
                author: 4, // Julien Martin
                body: "Agree it is defensible for sensitive data. For less sensitive data we \
                    accept processing outside the EU with the safeguards of the data \
                    protection rules. Tie the requirement to data classes rather than to the \
                    whole framework.",
            },
        ],
        accepted: None,
    },
    // ----- e-invoicing-rollout ----------------------------------------------
    DemoThread {
        community: "e-invoicing-rollout",
        author: 12, // Mehmet Yilmaz
        kind: "question",
        title: "After go-live, may we refuse PDF invoices from small suppliers?",
        body: "We go live with structured e-invoicing in September. Many small local \
            suppliers still email PDF invoices. Can we refuse those and send them back, or \
            are we obliged to keep processing PDFs?",
        tags: &["e-invoicing", "suppliers", "sme"],
        expertise: &["policy-sme"],
        language: "en",
        replies: &[
            DemoReply {
                author: 4, // Julien Martin
                body: "Directive 2014/55/EU obliges contracting authorities to **receive and \
                    process** e-invoices that comply with the European standard (EN 16931). \
                    It does not by itself oblige suppliers to send them. Whether you can \
                    refuse PDFs depends on **national law**: several countries have made \
                    e-invoicing mandatory for suppliers to public bodies, others have not.\n\n\
                    Even where you may refuse, plan a transition: a free web portal to key in \
                    invoices helps small suppliers a lot.",
            },
            DemoReply {
                author: 21, // Sander Visser
                body: "We accepted PDFs for six more months but paid them on the normal term \
                    only if the purchase order number was correct. That moved most suppliers.",
            },
        ],
        accepted: None,
    },
    DemoThread {
        community: "e-invoicing-rollout",
        author: 21, // Sander Visser
        kind: "discussion",
        title: "Onboarding the long tail of suppliers to e-invoicing",
        body: "After a year we receive 85% of invoice **value** electronically but only 55% of \
            invoice **count**: the long tail of small suppliers still sends paper or PDF. \
            What worked for you to reach them? @helga-helpdesk, do you get many questions \
            from suppliers?",
        tags: &["e-invoicing", "suppliers", "peppol"],
        expertise: &["policy-sme"],
        language: "en",
        replies: &[
            DemoReply {
                author: 4, // Julien Martin
                body: "Three things worked for us: a letter with each PO explaining the free \
                    portal, a phone call to the 200 most frequent small suppliers, and \
                    accounting software vendors who added e-invoicing to their basic \
                    packages.",
            },
            DemoReply {
                author: 12, // Mehmet Yilmaz
                body: "Gemeente-perspectief: we deden een informatieavond met de lokale \
                    ondernemersvereniging. Daarna ging het percentage in drie maanden van \
                    40 naar 70.",
            },
            DemoReply {
                author: 2, // Helga Helpdesk
                body: "Yes, mostly *how do I find the buyer's endpoint identifier*. We now put \
                    it in the footer of every purchase order, which halved those questions.",
            },
        ],
        accepted: None,
    },
    // ----- hospital-mri-joint-procurement -----------------------------------
    DemoThread {
        community: "hospital-mri-joint-procurement",
        author: 5, // Sofia Rossi
        kind: "question",
        title: "MRI joint procurement: competitive dialogue or competitive procedure with negotiation?",
        body: "For the three hospitals we need 5 MRI scanners, building adaptations, and ten \
            years of maintenance. We know broadly what we want but the manufacturers' \
            solutions for shielding and siting differ a lot. Which procedure fits better: \
            competitive dialogue (art. 30) or competitive procedure with negotiation (art. \
            29)?",
        tags: &["mri", "joint-procurement", "procedure-choice"],
        expertise: &[
            "cpv-33",
            "proc-competitive-dialogue",
            "proc-competitive-negotiation",
        ],
        language: "en",
        replies: &[
            DemoReply {
                author: 22, // María Fernández
                body: "Both rest on the same grounds (art. 26(4)); the difference is practical. \
                    In the **competitive procedure with negotiation** you must set minimum \
                    requirements and can negotiate on initial tenders. In the **competitive \
                    dialogue** you can develop the solution with candidates before anyone \
                    submits a tender.\n\n\
                    Since the clinical specifications are clear and only the siting differs, \
                    I would go for the negotiation procedure: faster, and you can award on \
                    initial tenders if they are good enough, provided you reserved that \
                    possibility in the contract notice (art. 29(4)).",
            },
            DemoReply {
                author: 13, // Claire Moreau
                body: "D'accord avec María. Le dialogue compétitif nous a pris 14 mois pour un \
                    projet comparable ; c'est beaucoup pour des équipements assez standard.",
            },
        ],
        accepted: Some(0),
    },
    DemoThread {
        community: "hospital-mri-joint-procurement",
        author: 22, // María Fernández
        kind: "discussion",
        title: "Uptime guarantees and service levels: first draft",
        body: "First draft of the maintenance service levels, for comment:\n\n\
            - **uptime** of 97% per scanner per year, measured on scheduled hours;\n\
            - response time of 4 hours on working days for critical failures;\n\
            - a loan of a mobile unit if a scanner is down more than 5 days;\n\
            - penalties as a percentage of the annual maintenance fee.\n\n\
            Is 97% realistic for ten-year-old equipment in the last years?",
        tags: &["mri", "service-levels", "maintenance"],
        expertise: &["cpv-33", "cpv-50"],
        language: "en",
        replies: &[
            DemoReply {
                author: 5, // Sofia Rossi
                body: "I would use a sliding scale: 97% in years 1-7, 95% in years 8-10. \
                    Otherwise manufacturers will price in the risk of the final years.",
            },
            DemoReply {
                author: 13, // Claire Moreau
                body: "Ajoutez une clause sur la disponibilité des pièces détachées pendant \
                    toute la durée, y compris après la fin de commercialisation du modèle.",
            },
        ],
        accepted: None,
    },
    // ----- zero-emission-bus-tender ---------------------------------------
    DemoThread {
        community: "zero-emission-bus-tender",
        author: 18, // Katarzyna Nowak
        kind: "question",
        title: "LCC for zero-emission buses: which battery replacement assumption?",
        body: "We award on life-cycle costing (art. 68) over 12 years. The big uncertainty is \
            **battery replacement**: some manufacturers guarantee 12 years, others 8. How \
            did you model this so that the comparison is fair and verifiable? @bram-hendriks, \
            I believe you did this for the provincial buses.",
        tags: &["lcc", "zero-emission", "buses"],
        expertise: &["cpv-34", "policy-green"],
        language: "en",
        replies: &[
            DemoReply {
                author: 23, // Bram Hendriks
                body: "We asked each tenderer for the **guaranteed battery life** and the \
                    **fixed price of a replacement**, both contractually binding. The LCC \
                    model then adds the replacement cost in the year the guarantee ends. A \
                    longer guarantee automatically scores better, and it is verifiable \
                    because it is in the contract.\n\n\
                    Publish the LCC model (spreadsheet) with the tender documents, as art. \
                    68(2) requires the method and data to be provided.",
            },
            DemoReply {
                author: 7, // Camille Lefèvre
                body: "We did the same, plus a residual value of the battery at the end of the \
                    contract. It made the model more complex than it was worth.",
            },
        ],
        accepted: Some(0),
    },
    DemoThread {
        community: "zero-emission-bus-tender",
        author: 7, // Camille Lefèvre
        kind: "discussion",
        title: "Charging infrastructure: same tender as the buses or separate?",
        body: "Option 1: one tender, buses and chargers together, one party responsible for \
            the whole system. Option 2: separate lots or tenders, more competition on each \
            but interface risk (chargers and buses must communicate). What did others \
            choose?",
        tags: &["charging", "lots", "zero-emission"],
        expertise: &["cpv-34", "cpv-31", "policy-green"],
        language: "en",
        replies: &[
            DemoReply {
                author: 18, // Katarzyna Nowak
                body: "We chose separate lots with a mandatory open charging protocol, so any \
                    bus can use any charger. Interoperability tests were part of delivery \
                    acceptance.",
            },
            DemoReply {
                author: 23, // Bram Hendriks
                body: "The depot grid connection was our bottleneck, not the procedure. Start \
                    the talks with the grid operator before the tender.",
            },
        ],
        accepted: None,
    },
    // ----- rijkskantoren-verduurzaming --------------------------------------
    DemoThread {
        community: "rijkskantoren-verduurzaming",
        author: 3, // Anna de Vries
        kind: "discussion",
        title: "Circulaire kantoorinrichting: ervaringen met terugnamegaranties",
        body: "Voor de herinrichting van drie kantoorpanden vragen we een \
            **terugnamegarantie**: de leverancier neemt het meubilair na afloop terug en \
            hergebruikt of recyclet het. Vragen:\n\n\
            - hoe borg je dat de garantie over tien jaar nog iets waard is?\n\
            - werken jullie met een restwaarde in de prijs?",
        tags: &["circulair", "meubilair", "terugname"],
        expertise: &["cpv-39", "policy-green"],
        language: "nl",
        replies: &[
            DemoReply {
                author: 19, // Hugo Peeters
                body: "Wij leggen een **materialenpaspoort** per product vast en een vaste \
                    terugnameprijs per producttype in het contract. Zo is de afspraak \
                    concreet, ook als de leverancier over tien jaar anders heet.",
            },
            DemoReply {
                author: 23, // Bram Hendriks
                body: "Bij ons werkt het beter als *product as a service*: de leverancier \
                    blijft eigenaar. Dan heeft hij zelf belang bij hergebruik.",
            },
            DemoReply {
                author: 21, // Sander Visser
                body: "Vanuit contractbeheer: zet de terugname in de contractadministratie met \
                    een datum. Anders weet over tien jaar niemand meer dat er een garantie is.",
            },
        ],
        accepted: None,
    },
    DemoThread {
        community: "rijkskantoren-verduurzaming",
        author: 21, // Sander Visser
        kind: "question",
        title: "Strengere energieprestatie-eis halverwege een onderhoudscontract: mag dat?",
        body: "Ons onderhoudscontract voor installaties loopt nog vier jaar. Door nieuw beleid \
            moeten de panden eerder energiezuiniger worden. Kunnen we de aannemer vragen \
            extra maatregelen uit te voeren binnen het bestaande contract?",
        tags: &["wijziging", "energie", "onderhoud"],
        expertise: &["cpv-50", "policy-green"],
        language: "nl",
        replies: &[DemoReply {
            author: 3, // Anna de Vries
            body: "Dat hangt van het contract af. Volgorde die ik zou aanhouden:\n\n\
                    1. staat er een **wijzigingsclausule** in die dit dekt (art. 72(1)(a))? \
                    Dan is het eenvoudig.\n\
                    2. zo niet: blijft de wijziging onder de de-minimisgrens (art. 72(2): \
                    onder de drempel én onder 10% voor diensten of 15% voor werken)?\n\
                    3. gaat het om aanvullende werken die alleen deze aannemer redelijkerwijs \
                    kan doen (art. 72(1)(b)), met een maximum van 50% per wijziging?\n\n\
                    Als niets past, is het een wezenlijke wijziging en heb je een nieuwe \
                    aanbesteding nodig. Dit is mijn lezing; laat het juridisch toetsen.",
        }],
        accepted: Some(0),
    },
    // ----- refurbished-laptops-pilot ---------------------------------------
    DemoThread {
        community: "refurbished-laptops-pilot",
        author: 16, // Nicolas Girard
        kind: "question",
        title: "Warranty and battery health for refurbished laptops: what did you require?",
        body: "We are drafting the specifications for the pilot. Open points:\n\n\
            - warranty period (one year? three?);\n\
            - minimum battery capacity compared to new;\n\
            - cosmetic grade (A only, or A and B?).\n\n\
            What did others require, and did the market respond?",
        tags: &["refurbished", "laptops", "specifications"],
        expertise: &["cpv-30", "policy-green"],
        language: "en",
        replies: &[
            DemoReply {
                author: 14, // Joost van Dijk
                body: "Our pilot: three-year warranty (same as new, otherwise users refuse \
                    them), battery at least **85%** of original capacity or replaced, grade A \
                    only for devices given to staff. Four refurbishers bid, prices about 35% \
                    below new.",
            },
            DemoReply {
                author: 11, // Eva Novak
                body: "Ask for a certified data wiping report for the devices the refurbisher \
                    takes back from you. That part of the chain is easy to forget.",
            },
        ],
        accepted: None,
    },
    // ----- police-uniforms-joint-tender -------------------------------------
    DemoThread {
        community: "police-uniforms-joint-tender",
        author: 8, // Lars Jensen
        kind: "discussion",
        title: "Supply chain due diligence for the uniform tender",
        body: "Textiles carry known risks: cotton from regions with forced labour, unsafe \
            factories, excessive overtime. For the joint uniform tender I propose:\n\n\
            - a **contract performance condition** to carry out due diligence following \
            international guidelines for responsible business conduct;\n\
            - disclosure of production sites (to us, not published);\n\
            - the right to independent audits, with a remediation plan, not immediate \
            termination.\n\n\
            Comments welcome.",
        tags: &["textiles", "due-diligence", "human-rights"],
        expertise: &["cpv-18", "policy-ethical-supply-chains"],
        language: "en",
        replies: &[
            DemoReply {
                author: 10, // Thomas Dubois
                body: "D'accord. Ajoutons une obligation d'informer l'acheteur en cas de \
                    changement de site de production en cours d'exécution.",
            },
            DemoReply {
                author: 21, // Sander Visser
                body: "Good proposal. Budget for the audits: in our experience they cost \
                    more than expected, so decide now who pays when an audit finds problems.",
            },
        ],
        accepted: None,
    },
    // ----- green-circular-procurement ---------------------------------------
    DemoThread {
        community: "green-circular-procurement",
        author: 7, // Camille Lefèvre
        kind: "question",
        title: "Points for recycled content: does that disadvantage new entrants?",
        body: "We want to award points for the **share of recycled material** in road \
            furniture (barriers, signs). A small manufacturer says this favours incumbents \
            with established recycling chains. Is that a legal problem or just a market \
            effect?",
        tags: &["recycled-content", "award-criteria", "circular"],
        expertise: &["cpv-45", "policy-green"],
        language: "en",
        replies: &[
            DemoReply {
                author: 23, // Bram Hendriks
                body: "Mostly a market effect, in my view. An award criterion on recycled \
                    content is linked to the subject matter (art. 67(3): any stage of the life \
                    cycle) and open to everyone. To keep it fair:\n\n\
                    - score on a **sliding scale**, not all-or-nothing;\n\
                    - accept verifiable evidence other than one specific certification;\n\
                    - announce the criterion early, in the market consultation, so newcomers \
                    can organise supply.",
            },
            DemoReply {
                author: 3, // Anna de Vries
                body: "Agree with Bram. We also cap the weight at about 10% so that it \
                    rewards without deciding the tender on its own.",
            },
        ],
        accepted: Some(0),
    },
    DemoThread {
        community: "green-circular-procurement",
        author: 23, // Bram Hendriks
        kind: "discussion",
        title: "CO2 performance certificates as award criterion: still proportionate?",
        body: "Many infrastructure tenders give a fictitious discount for a certified CO2 \
            management level. Critics say it rewards paperwork rather than actual \
            emissions, and it is a burden for small contractors. Should we move to criteria \
            on the **project's own emissions** instead?",
        tags: &["co2", "award-criteria", "construction"],
        expertise: &["cpv-45", "policy-green"],
        language: "en",
        replies: &[
            DemoReply {
                author: 3, // Anna de Vries
                body: "We are moving in that direction: a project-specific emissions \
                    calculation with a fixed tool, plus a performance condition with a \
                    malus if the promised reduction is not achieved.",
            },
            DemoReply {
                author: 9, // Marieke Jansen
                body: "Wij accepteren naast het certificaat ook een gelijkwaardig bewijs \
                    (art. 44), zodat kleine aannemers niet verplicht zijn een certificering \
                    te kopen. In de praktijk gebeurt dat zelden.",
            },
            DemoReply {
                author: 18, // Katarzyna Nowak
                body: "For buses we measure actual energy use per km during the contract. \
                    Hard data beats certificates.",
            },
        ],
        accepted: None,
    },
    DemoThread {
        community: "green-circular-procurement",
        author: 19, // Hugo Peeters
        kind: "question",
        title: "Can we require the EU Ecolabel for cleaning products?",
        body: "In the cleaning tender we want all cleaning products to carry the **EU \
            Ecolabel**. Can we require one label, or must we write out all the criteria?",
        tags: &["labels", "ecolabel", "cleaning"],
        expertise: &["cpv-39", "cpv-90", "policy-green"],
        language: "en",
        replies: &[DemoReply {
            author: 9, // Marieke Jansen
            body: "Art. 43 allows you to require a specific label if the label meets the \
                    conditions there (linked to the subject matter, objective criteria, open \
                    procedure, accessible to all, set by a third party). The EU Ecolabel \
                    does. You **must** accept equivalent labels, and other evidence if a \
                    tenderer could not obtain a label in time for reasons beyond its \
                    control.",
        }],
        accepted: None,
    },
    // ----- social-return-sroi ------------------------------------------------
    DemoThread {
        community: "social-return-sroi",
        author: 12, // Mehmet Yilmaz
        kind: "question",
        title: "SROI-eis van 5% bij een IT-opdracht: is dat proportioneel?",
        body: "Ons beleid schrijft standaard **5% social return** voor bij opdrachten boven \
            200.000 euro. Bij een opdracht voor een softwarelicentie met implementatie \
            protesteren inschrijvers: er is nauwelijks werk dat geschikt is voor de \
            doelgroep. Moeten we vasthouden aan de 5%?",
        tags: &["social-return", "proportionaliteit", "ict"],
        expertise: &["cpv-72", "policy-social"],
        language: "nl",
        replies: &[
            DemoReply {
                author: 17, // Fatima El Amrani
                body: "Niet blind vasthouden. Een standaardpercentage is een vertrekpunt; per \
                    opdracht moet je kijken naar de **arbeidscomponent** en de kansen in de \
                    sector. Bij licenties is de loonsom klein. Mogelijkheden:\n\n\
                    - het percentage berekenen over het implementatiedeel, niet over de \
                    licenties;\n\
                    - **alternatieve invulling** toestaan: stageplaatsen, inkoop bij sociale \
                    ondernemingen, of een leerwerktraject;\n\
                    - motiveren in het dossier waarom je afwijkt van de standaard.",
            },
            DemoReply {
                author: 3, // Anna de Vries
                body: "Bij ons mag bij ICT ook *social return buiten de opdracht*: de \
                    leverancier zet mensen in op andere projecten in de regio. Dat maakt het \
                    haalbaar.",
            },
        ],
        accepted: Some(0),
    },
    DemoThread {
        community: "social-return-sroi",
        author: 17, // Fatima El Amrani
        kind: "discussion",
        title: "Monitoring van social return: welk systeem gebruiken jullie?",
        body: "We hebben ongeveer 120 lopende contracten met een social return-verplichting. \
            Monitoring gaat nu via een spreadsheet en e-mails met leveranciers. Welke \
            systemen of werkwijzen gebruiken jullie, en wat kost dat aan uren?",
        tags: &["social-return", "monitoring", "contractbeheer"],
        expertise: &["policy-social"],
        language: "nl",
        replies: &[
            DemoReply {
                author: 9, // Marieke Jansen
                body: "Wij gebruiken een regionaal monitoringsysteem dat we met acht \
                    overheden delen. Leveranciers registreren zelf; wij controleren \
                    steekproefsgewijs. Ongeveer 0,5 fte voor 90 contracten.",
            },
            DemoReply {
                author: 21, // Sander Visser
                body: "Belangrijkste les bij ons: spreek vooraf af **wat** als prestatie telt \
                    (een uur, een plaatsing, een euro) en leg het vast in het contract. Dan \
                    maakt het systeem niet zoveel uit.",
            },
            DemoReply {
                author: 12, // Mehmet Yilmaz
                body: "Wij zijn overgestapt op het regionale systeem van Marieke. De \
                    spreadsheet kostte ons meer tijd dan de licentie.",
            },
        ],
        accepted: None,
    },
    DemoThread {
        community: "social-return-sroi",
        author: 9, // Marieke Jansen
        kind: "question",
        title: "Social return als gunningscriterium in plaats van contractvoorwaarde?",
        body: "Meestal nemen we social return op als **bijzondere uitvoeringsvoorwaarde**. Een \
            collega wil het bij een groot onderhoudscontract als gunningscriterium \
            gebruiken: inschrijvers met een beter plan krijgen meer punten. Mag dat, en \
            hoe beoordeel je zo'n plan objectief?",
        tags: &["social-return", "gunningscriteria", "emvi"],
        expertise: &["policy-social"],
        language: "nl",
        replies: &[
            DemoReply {
                author: 17, // Fatima El Amrani
                body: "Het mag: art. 67(2)(a) noemt sociale aspecten expliciet als onderdeel \
                    van de prijs-kwaliteitverhouding, mits gekoppeld aan het voorwerp van de \
                    opdracht. Beoordeel het plan op vooraf bekende aspecten: aantal \
                    plaatsingen, begeleiding, duurzaamheid van de banen.",
            },
            DemoReply {
                author: 3, // Anna de Vries
                body: "Combineer beide: een minimum als contractvoorwaarde (bijvoorbeeld 3%) en \
                    punten voor wat een inschrijver daarboven aanbiedt, met een concreet \
                    plan. Wat wordt aangeboden, wordt een **contractuele verplichting** met \
                    een sanctie bij niet-nakoming. Anders koop je beloften.",
            },
        ],
        accepted: Some(1),
    },
    // ----- innovation-procurement -------------------------------------------
    DemoThread {
        community: "innovation-procurement",
        author: 22, // María Fernández
        kind: "question",
        title: "Pre-commercial procurement or innovation partnership for an AI triage tool?",
        body: "Our emergency departments want a decision-support tool for triage that uses \
            hospital data. Several start-ups have prototypes but none is market-ready or \
            certified as a medical device. Should we run a **pre-commercial procurement** \
            (PCP) or an **innovation partnership** (art. 31)?",
        tags: &["innovation-partnership", "pcp", "ai"],
        expertise: &["proc-innovation-partnership", "policy-innovation", "cpv-48"],
        language: "en",
        replies: &[
            DemoReply {
                author: 15, // Ingrid Larsen
                body: "The main difference:\n\n\
                    - **PCP** buys R&D services only, in competing phases, and is outside the \
                    directive through art. 14 because you share the benefits (IPR stays with \
                    the suppliers). Buying the final product needs a **separate** \
                    procurement afterwards.\n\
                    - An **innovation partnership** covers both the development and the \
                    purchase of the resulting product in one procedure, provided it meets \
                    the agreed performance levels and maximum costs.\n\n\
                    If you are fairly sure you will want to buy and deploy the tool, the \
                    partnership avoids a second tender. If you first want to explore which \
                    approaches work at all, PCP is more flexible.",
            },
            DemoReply {
                author: 14, // Joost van Dijk
                body: "Consider the certification route in the phases. For an innovation \
                    partnership, make CE marking as a medical device a milestone before the \
                    purchase phase.",
            },
            DemoReply {
                author: 5, // Sofia Rossi
                body: "We are interested in joining as a second hospital. More data sites \
                    make the tool better, and it shares the cost.",
            },
        ],
        accepted: Some(0),
    },
    DemoThread {
        community: "innovation-procurement",
        author: 18, // Katarzyna Nowak
        kind: "discussion",
        title: "Innovation partnership in practice: how did you set the phases and payments?",
        body: "We are preparing an innovation partnership for autonomous shuttles on a campus \
            route. Art. 31(2) requires successive phases with intermediate targets and \
            payment in instalments. How many phases did you use, and how did you decide \
            the payments per phase?",
        tags: &["innovation-partnership", "phases", "payments"],
        expertise: &["proc-innovation-partnership", "policy-innovation"],
        language: "en",
        replies: &[
            DemoReply {
                author: 3, // Anna de Vries
                body: "Three phases in our smart-sensor partnership: design (fixed fee), \
                    prototype (fixed fee plus milestone bonus), pilot (paid per month of \
                    operation at the agreed performance). We kept two partners through the \
                    prototype phase to keep competition alive.",
            },
            DemoReply {
                author: 22, // María Fernández
                body: "Make the decision points very explicit: who decides to continue, on \
                    which criteria, and what happens to the IP if you stop a partner.",
            },
        ],
        accepted: None,
    },
    // ----- sme-access ----------------------------------------------------------
    DemoThread {
        community: "sme-access",
        author: 17, // Fatima El Amrani
        kind: "question",
        title: "Turnover requirement: is twice the contract value always the ceiling?",
        body: "For a four-year facility contract of 2 million euro, our legal team wants a \
            minimum turnover of 3 million euro per year. I thought the maximum was twice the \
            contract value. Is that per year or over the total duration?",
        tags: &["selection-criteria", "turnover", "sme"],
        expertise: &["policy-sme"],
        language: "en",
        replies: &[
            DemoReply {
                author: 15, // Ingrid Larsen
                body: "Art. 58(3): the minimum yearly turnover shall not exceed **two times the \
                    estimated contract value**, except in duly justified cases (for example \
                    special risks), and then you must give the main reasons in the \
                    documents or the individual report.\n\n\
                    Read literally, the ceiling here is 4 million euro (twice the total \
                    value), so 3 million is not unlawful as such. But national \
                    proportionality guidance usually advises relating the turnover to the \
                    **value per year**: about 500,000 euro a year here, so a requirement of \
                    around 1 million. My personal view: 3 million a year for this contract \
                    excludes most SMEs without a real risk to justify it.",
            },
            DemoReply {
                author: 4, // Julien Martin
                body: "For framework agreements the directive refers to the maximum value of \
                    the specific contracts expected to run at the same time, which often \
                    gives a lower figure again.",
            },
        ],
        accepted: None,
    },
    DemoThread {
        community: "sme-access",
        author: 4, // Julien Martin
        kind: "discussion",
        title: "Do lots actually bring in more SME bids? Your figures",
        body: "We are asked to report on the effect of dividing contracts into lots. In our \
            data for the last two years, tenders with lots received on average 1.8 more SME \
            bids than comparable tenders without lots. Do you have similar figures? I would \
            like to compare before drawing conclusions.",
        tags: &["lots", "sme", "data"],
        expertise: &["policy-sme"],
        language: "en",
        replies: &[
            DemoReply {
                author: 7, // Camille Lefèvre
                body: "Nos chiffres vont dans le même sens pour les fournitures, beaucoup \
                    moins pour les services intellectuels. L'allotissement géographique est \
                    ce qui fonctionne le mieux.",
            },
            DemoReply {
                author: 12, // Mehmet Yilmaz
                body: "We see the same. But also more work per tender: two lots means two \
                    evaluations and two contracts to manage.",
            },
        ],
        accepted: None,
    },
    // ----- ethical-supply-chains -------------------------------------------
    DemoThread {
        community: "ethical-supply-chains",
        author: 5, // Sofia Rossi
        kind: "question",
        title: "Nitrile gloves and forced labour risks: which clauses do you use?",
        body: "We buy about 30 million gloves a year. Reports on forced labour in parts of the \
            glove industry worry our board. Which clauses do you use in the contract, and \
            what do you do if a supplier's factory turns out to be involved?",
        tags: &["forced-labour", "medical-supplies", "clauses"],
        expertise: &["cpv-33", "policy-ethical-supply-chains"],
        language: "en",
        replies: &[
            DemoReply {
                author: 22, // María Fernández
                body: "Our clause set:\n\n\
                    - a **performance condition** (art. 70) to carry out supply chain due \
                    diligence and share the list of production sites;\n\
                    - an obligation to report findings and agree a **remediation plan** \
                    (including repayment of recruitment fees to workers);\n\
                    - termination only as a last resort, because leaving does not help the \
                    workers.\n\n\
                    Also keep in mind the new EU forced labour regulation, which will ban such \
                    products from the market once it applies.",
            },
            DemoReply {
                author: 17, // Fatima El Amrani
                body: "We join an audit programme run by several public buyers together. A \
                    single hospital has little leverage on a glove factory; a group does.",
            },
            DemoReply {
                author: 8, // Lars Jensen
                body: "Make sure your contract allows a second supplier in case you must \
                    suspend deliveries from one factory. Security of supply matters for \
                    gloves.",
            },
        ],
        accepted: Some(0),
    },
    // ----- espd-eforms -------------------------------------------------------
    DemoThread {
        community: "espd-eforms",
        author: 11, // Eva Novak
        kind: "question",
        title: "eForms: which notice do we publish for a contract modification?",
        body: "We extended a maintenance contract under art. 72(1)(b) (additional services \
            from the original contractor). I understand a notice is required. Which eForms \
            notice is it, and what do we need at hand to fill it in?",
        tags: &["eforms", "contract-modification", "ted"],
        expertise: &["cpv-50", "proc-open"],
        language: "en",
        replies: &[
            DemoReply {
                author: 14, // Joost van Dijk
                body: "It is the **contract modification notice** (form type *cont-modif*, \
                    notice subtypes 38 to 40 depending on the directive; 38 for 2014/24/EU). \
                    Art. 72(1) requires it for modifications under points (b) and (c).\n\n\
                    Have at hand:\n\n\
                    - the notice identifier of the original contract award notice;\n\
                    - the contract value before and after the modification;\n\
                    - a short description of the reasons and the legal basis.\n\n\
                    The notice references the earlier award notice, so look up that \
                    identifier first.",
            },
            DemoReply {
                author: 1, // Mo Moderator
                body: "For modifications under points (a), (d) and (e) a notice is not \
                    compulsory, but some buyers publish one voluntarily for transparency.",
            },
        ],
        accepted: Some(0),
    },
    DemoThread {
        community: "espd-eforms",
        author: 2, // Helga Helpdesk
        kind: "question",
        title: "From the helpdesk: must subcontractors submit their own ESPD?",
        body: "A buyer asked the helpdesk: a tenderer names three subcontractors. Do they each \
            need to fill in an ESPD? The buyer's template asks for it, but a tenderer \
            complained this is not required. @elise-bernard, could you have a look?",
        tags: &["espd", "subcontracting", "helpdesk"],
        expertise: &["proc-open", "proc-restricted"],
        language: "en",
        replies: &[
            DemoReply {
                author: 20, // Elise Bernard
                body: "It depends on the role of the subcontractor:\n\n\
                    - if the tenderer **relies on its capacities** to meet the selection \
                    criteria (art. 63), a separate ESPD for that entity is required (art. \
                    59(1), second subparagraph);\n\
                    - if the subcontractor is only mentioned, the directive does not require \
                    an ESPD, but national law may allow the buyer to check exclusion grounds \
                    for subcontractors too (art. 71(6)(b)), and an ESPD is a practical way to \
                    do that.\n\n\
                    So the template should distinguish the two cases instead of asking for it \
                    from every subcontractor.",
            },
            DemoReply {
                author: 11, // Eva Novak
                body: "We changed our template exactly that way last year. Fewer incomplete \
                    tenders since.",
            },
        ],
        accepted: Some(0),
    },
    DemoThread {
        community: "espd-eforms",
        author: 14, // Joost van Dijk
        kind: "discussion",
        title: "eForms fields people forget (and notices that get rejected)",
        body: "Collecting the validation errors we see most often on TED, to turn into a \
            checklist:\n\n\
            - the **estimated value** missing at lot level when it is given at procedure \
            level;\n\
            - wrong organisation roles (buyer vs. review body);\n\
            - framework maximum value left empty;\n\
            - the winner's size (SME or not) left blank in award notices.\n\n\
            Add yours.",
        tags: &["eforms", "ted", "checklist"],
        expertise: &["proc-open", "proc-framework-agreement"],
        language: "en",
        replies: &[
            DemoReply {
                author: 11, // Eva Novak
                body: "The review body and the deadline for review procedures. Our \
                    notices bounced twice on that.",
            },
            DemoReply {
                author: 1, // Mo Moderator
                body: "Thanks Joost, I will turn this into a pinned checklist once the list \
                    stabilises. Keep them coming.",
            },
        ],
        accepted: None,
    },
    // ----- marktconsultatie ------------------------------------------------------
    DemoThread {
        community: "marktconsultatie",
        author: 23, // Bram Hendriks
        kind: "question",
        title: "Een-op-eengesprekken in een marktconsultatie: hoe voorkom ik voorkennis?",
        body: "Voor een aanbesteding van circulaire bermmaaiwerkzaamheden willen we na een \
            plenaire bijeenkomst **een-op-eengesprekken** voeren met vijf bedrijven. Hoe \
            voorkom ik dat deze bedrijven later een voorsprong hebben op partijen die niet \
            meededen?",
        tags: &["marktconsultatie", "voorkennis", "gelijke-behandeling"],
        expertise: &["cpv-77", "policy-green"],
        language: "nl",
        replies: &[
            DemoReply {
                author: 3, // Anna de Vries
                body: "Art. 40 staat het gesprek toe zolang het de mededinging niet vervalst; \
                    art. 41 zegt wat je moet doen als een partij betrokken was bij de \
                    voorbereiding. In de praktijk:\n\n\
                    - maak een **verslag** van elk gesprek en publiceer de relevante \
                    informatie bij de aanbestedingsstukken;\n\
                    - geef geen informatie in een gesprek die je niet ook aan iedereen geeft;\n\
                    - houd een ruime inschrijftermijn aan;\n\
                    - stel de gesprekken open voor iedereen die zich meldt, niet alleen voor \
                    vijf gekozen bedrijven.\n\n\
                    Uitsluiting van een deelnemer is pas aan de orde als er geen andere \
                    manier is om gelijke behandeling te verzekeren (art. 57(4)(f)).",
            },
            DemoReply {
                author: 6, // Pieter Bakker
                body: "Wij publiceren de vragenlijst vooraf en sturen alle deelnemers \
                    dezelfde vragen. Dat beperkt het risico dat een gesprek een \
                    onderhandeling wordt.",
            },
        ],
        accepted: Some(0),
    },
    DemoThread {
        community: "marktconsultatie",
        author: 2, // Helga Helpdesk
        kind: "discussion",
        title: "Sjabloon voor een uitnodiging tot marktconsultatie: feedback gevraagd",
        body: "De helpdesk krijgt vaak de vraag om een voorbeeld van een uitnodiging. We hebben \
            een concept gemaakt met deze onderdelen:\n\n\
            1. aanleiding en doel van de consultatie;\n\
            2. wat de consultatie **niet** is (geen aanbesteding, geen voorrang);\n\
            3. vragen aan de markt;\n\
            4. planning en manier van reageren;\n\
            5. hoe we met vertrouwelijke informatie omgaan.\n\n\
            Het concept staat op [example.org/sjabloon](https://example.org/sjabloon-marktconsultatie). \
            Opmerkingen welkom.",
        tags: &["marktconsultatie", "sjabloon", "helpdesk"],
        expertise: &["policy-innovation", "policy-sme"],
        language: "nl",
        replies: &[
            DemoReply {
                author: 9, // Marieke Jansen
                body: "Mooi. Voeg bij punt 5 toe dat je een samenvatting van de antwoorden \
                    publiceert, zonder bedrijfsgevoelige informatie. Dat vragen bedrijven \
                    ons altijd.",
            },
            DemoReply {
                author: 3, // Anna de Vries
                body: "Misschien een punt 6: of de consultatie openstaat voor partijen die \
                    zich later melden. Wij krijgen daar elke keer vragen over.",
            },
        ],
        accepted: None,
    },
    // ----- below-threshold ----------------------------------------------------
    DemoThread {
        community: "below-threshold",
        author: 15, // Ingrid Larsen
        kind: "question",
        title: "Below the threshold but with cross-border interest: must we advertise?",
        body: "We buy specialised laboratory glassware for about 120,000 euro, below the EU \
            threshold for us. Two of the three likely suppliers are based in neighbouring \
            countries. Our internal rules allow a request for three quotes. Is that enough?",
        tags: &["below-threshold", "cross-border-interest", "transparency"],
        expertise: &["proc-below-threshold", "cpv-38"],
        language: "en",
        replies: &[
            DemoReply {
                author: 20, // Elise Bernard
                body: "Probably not. When a contract below the threshold has a **certain \
                    cross-border interest**, the Court's case law requires the general \
                    principles of the Treaty to be respected: equal treatment, \
                    non-discrimination and an **adequate degree of advertising** so that \
                    interested companies in other member states can come forward.\n\n\
                    With two foreign suppliers known, the interest is evident. A short notice \
                    on your national portal (or on TED, voluntarily) is a small effort and \
                    removes the risk.",
            },
            DemoReply {
                author: 1, // Mo Moderator
                body: "The Commission's interpretative communication on contracts not or not \
                    fully covered by the directives is still a useful reference. Link in the \
                    community library: [example.org/library](https://example.org/library).",
            },
        ],
        accepted: Some(0),
    },
    DemoThread {
        community: "below-threshold",
        author: 12, // Mehmet Yilmaz
        kind: "question",
        title: "Direct award of a 25,000 euro service: do I need quotes at all?",
        body: "A department wants to hire a specialised trainer for a series of workshops, \
            25,000 euro in total. Our policy allows a single quote below 30,000 euro, but \
            the budget holder also wants to repeat this next year with the same trainer. \
            Should I add up both years, and does that change the procedure?",
        tags: &["below-threshold", "direct-award", "estimation"],
        expertise: &["proc-below-threshold", "cpv-80"],
        language: "en",
        replies: &[],
        accepted: None,
    },
    // ----- marches-procedure-adaptee -----------------------------------------
    DemoThread {
        community: "marches-procedure-adaptee",
        author: 7, // Camille Lefèvre
        kind: "question",
        title: "MAPA : peut-on négocier quand une seule offre est remise ?",
        body: "Pour un MAPA de maintenance des ascenseurs, nous n'avons reçu **qu'une \
            offre**, 20 % au-dessus de l'estimation. Le règlement de la consultation prévoit \
            la possibilité de négocier. Peut-on négocier avec ce seul candidat, ou faut-il \
            relancer ?",
        tags: &["mapa", "negociation", "offre-unique"],
        expertise: &["proc-below-threshold", "cpv-50"],
        language: "fr",
        replies: &[
            DemoReply {
                author: 20, // Elise Bernard
                body: "Oui, si la négociation a été prévue dans les documents de la \
                    consultation, rien n'interdit de négocier avec le seul soumissionnaire. \
                    Quelques précautions :\n\n\
                    - tracez la négociation (comptes rendus, échanges écrits) ;\n\
                    - ne modifiez pas les caractéristiques principales du besoin pendant la \
                    négociation, sinon l'égalité avec les entreprises qui n'ont pas répondu \
                    est rompue ;\n\
                    - si le prix reste inacceptable, déclarez la procédure sans suite et \
                    analysez pourquoi le marché a peu répondu.\n\n\
                    C'est ma lecture des textes ; votre service juridique peut avoir une \
                    pratique plus prudente.",
            },
            DemoReply {
                author: 16, // Nicolas Girard
                body: "Demandez aussi aux entreprises qui ont retiré le dossier sans \
                    répondre pourquoi elles se sont abstenues. Souvent c'est le délai ou un \
                    critère mal compris.",
            },
        ],
        accepted: Some(0),
    },
    DemoThread {
        community: "marches-procedure-adaptee",
        author: 10, // Thomas Dubois
        kind: "discussion",
        title: "Achats sans publicité sous le seuil de dispense : vos garde-fous",
        body: "Sous le seuil de dispense de procédure (40 000 € HT pour la plupart des \
            achats), l'acheteur doit veiller à choisir une offre pertinente, à faire bon \
            usage des deniers publics et à ne pas contracter systématiquement avec le même \
            fournisseur. Comment le vérifiez-vous concrètement ? Chez nous :\n\n\
            - un tableau de suivi par fournisseur et par famille d'achats ;\n\
            - deux devis demandés au-dessus de 15 000 € HT, par règle interne.",
        tags: &["seuil-de-dispense", "petits-achats", "controle-interne"],
        expertise: &["proc-below-threshold"],
        language: "fr",
        replies: &[
            DemoReply {
                author: 4, // Julien Martin
                body: "Attention à l'**appréciation du seuil** : c'est la valeur totale du \
                    besoin homogène sur la durée qui compte, pas le montant de chaque bon \
                    de commande. C'est le point de contrôle le plus fréquent.",
            },
            DemoReply {
                author: 7, // Camille Lefèvre
                body: "Nous avons la même règle des deux devis, à 10 000 € HT. Et une revue \
                    annuelle des fournisseurs qui dépassent le seuil cumulé sur l'année.",
            },
        ],
        accepted: None,
    },
    // ----- framework-agreements-dps -------------------------------------------
    DemoThread {
        community: "framework-agreements-dps",
        author: 3, // Anna de Vries
        kind: "question",
        title: "Temporary staffing: DPS or multi-supplier framework?",
        body: "We hire about 150 temporary workers a year through agencies (administration, \
            project support, some technical profiles). The current framework with four \
            agencies ends next year. Many small, specialised agencies complain that they are \
            locked out for four years. Would a **DPS** be better?",
        tags: &["dps", "framework-agreement", "temporary-staffing"],
        expertise: &[
            "cpv-79",
            "proc-dynamic-purchasing-system",
            "proc-framework-agreement",
        ],
        language: "en",
        replies: &[
            DemoReply {
                author: 16, // Nicolas Girard
                body: "For this market a DPS fits well: many suppliers, commonly used \
                    services, new agencies appear all the time. Points to weigh:\n\n\
                    - every assignment becomes a **mini-competition** (min. 10 days for \
                    tenders, art. 34(6)); for urgent hires that is too slow unless you \
                    bundle needs per category;\n\
                    - you can structure the DPS in **categories** (art. 34(1)) by profile \
                    or region;\n\
                    - admission must be decided within 10 working days of a request.\n\n\
                    A middle way: a framework for high-volume, urgent profiles, and a DPS for \
                    specialised profiles.",
            },
            DemoReply {
                author: 1, // Mo Moderator
                body: "Related: the thread on mini-competition time limits in this community. \
                    The same question (how many days per call-off) decides whether a DPS is \
                    workable for urgent hires.",
            },
            DemoReply {
                author: 11, // Eva Novak
                body: "We run a DPS for interim ICT specialists. The time limit was never the \
                    problem; the number of tenders per request (sometimes 40) was. We now \
                    ask for a short CV shortlist first.",
            },
        ],
        accepted: Some(0),
    },
    DemoThread {
        community: "framework-agreements-dps",
        author: 8, // Lars Jensen
        kind: "discussion",
        title: "Mini-competitions under frameworks: how many days do you give?",
        body: "The directive asks for a time limit *sufficiently long* for each specific \
            contract (art. 33(5)(b)), without a number. Our practice varies from 3 working \
            days to 3 weeks between teams. Do you have an internal standard?",
        tags: &["framework-agreement", "mini-competition", "time-limits"],
        expertise: &["proc-framework-agreement"],
        language: "en",
        replies: &[
            DemoReply {
                author: 16, // Nicolas Girard
                body: "Our guidance for users of our frameworks: 5 working days for \
                    price-only mini-competitions on standard items, 10 working days when a \
                    written plan is required, longer for complex services.",
            },
            DemoReply {
                author: 14, // Joost van Dijk
                body: "Same order of magnitude here. Suppliers mostly complain about \
                    mini-competitions launched just before holidays, not about the number of \
                    days as such.",
            },
            DemoReply {
                author: 1, // Mo Moderator
                body: "Good topic for a community standard. If there is interest, I can set \
                    up a short survey.",
            },
        ],
        accepted: None,
    },
    // ----- contract-modifications ----------------------------------------------
    DemoThread {
        community: "contract-modifications",
        author: 6, // Pieter Bakker
        kind: "question",
        title: "Steel price increase: art. 72(1)(c), 72(2) or not at all?",
        body: "A contractor building a lock asks for 1.4 million euro extra because the price \
            of steel rose sharply after the contract was signed. The contract (value 24 \
            million) has no price revision clause. Can we pay, and on which legal basis?",
        tags: &["contract-modification", "price-increase", "art-72"],
        expertise: &["cpv-45"],
        language: "en",
        replies: &[
            DemoReply {
                author: 20, // Elise Bernard
                body: "My analysis, to be checked against national guidance:\n\n\
                    - start with **art. 72(2)** (de minimis): 1.4 million is below the EU \
                    works threshold and about 6% of the initial value, under the 15% for \
                    works. If earlier modifications do not push the cumulative total over \
                    those limits and the overall nature of the contract does not change, \
                    this is the simplest basis;\n\
                    - otherwise **art. 72(1)(c)**: circumstances a diligent authority could \
                    not foresee, no change in the overall nature, and an increase of at most \
                    50% of the original value. An exceptional price shock can qualify; normal \
                    market fluctuations do not. For (c) you must publish a modification \
                    notice.\n\n\
                    In both cases, document the actual cost increase with invoices, and \
                    consider sharing the risk rather than compensating it in full.",
            },
            DemoReply {
                author: 3, // Anna de Vries
                body: "And for the next contracts: add a **review clause** with an index \
                    (art. 72(1)(a)). It avoids this discussion altogether.",
            },
        ],
        accepted: Some(0),
    },
    DemoThread {
        community: "contract-modifications",
        author: 21, // Sander Visser
        kind: "question",
        title: "De minimis modifications: is the 10% per change or cumulative?",
        body: "Our security services contract (2.4 million euro) has already been modified \
            twice, by 4% and 5%. Now we need another 3%. Each change on its own is under \
            10%. Can we keep using art. 72(2)?",
        tags: &["contract-modification", "de-minimis", "art-72"],
        expertise: &["cpv-79"],
        language: "en",
        replies: &[
            DemoReply {
                author: 20, // Elise Bernard
                body: "No: the last subparagraph of art. 72(2) says that where several \
                    successive modifications are made, the value is assessed on the basis of \
                    the **net cumulative value**. 4 + 5 + 3 = 12%, above the 10% for services. \
                    You need another basis (a review clause, or art. 72(1)(b) or (c) if the \
                    conditions are met), or a new procedure.",
            },
            DemoReply {
                author: 14, // Joost van Dijk
                body: "Keep a modification register per contract with cumulative \
                    percentages. We added one after exactly this situation.",
            },
        ],
        accepted: None,
    },
    // ----- legal-changes-thresholds -------------------------------------------
    DemoThread {
        community: "legal-changes-thresholds",
        author: 1, // Mo Moderator
        kind: "discussion",
        title: "New EU thresholds: what changes for your procurement planning?",
        body: "The Commission has published the revised EU thresholds, applicable from \
            1 January for two years. The amounts move slightly, as they follow the exchange \
            rate of the euro against the special drawing rights of the WTO agreement. The \
            summary table is in the library: \
            [example.org/thresholds](https://example.org/thresholds).\n\n\
            What does it mean for you? Any tenders that now fall on the other side of a \
            threshold?",
        tags: &["thresholds", "planning", "legal-changes"],
        expertise: &["proc-open", "proc-below-threshold"],
        language: "en",
        replies: &[
            DemoReply {
                author: 3, // Anna de Vries
                body: "Two of our planned service contracts were estimated just around the \
                    central government threshold. We will treat them as above-threshold \
                    anyway; the difference in effort is small and it avoids discussion.",
            },
            DemoReply {
                author: 4, // Julien Martin
                body: "Remember to update the thresholds in the e-procurement platform and in \
                    the internal templates. Last time our platform kept the old values for \
                    a month.",
            },
            DemoReply {
                author: 20, // Elise Bernard
                body: "Et les seuils nationaux qui renvoient aux seuils européens sont mis à \
                    jour en même temps dans le code. Pensez à vos guides internes.",
            },
        ],
        accepted: None,
    },
    DemoThread {
        community: "legal-changes-thresholds",
        author: 3, // Anna de Vries
        kind: "question",
        title: "Which threshold applies when the new amounts enter into force mid-procedure?",
        body: "We plan to send a contract notice in December and award in March. The \
            threshold changes on 1 January. If the estimate falls between the old and the \
            new threshold, which one applies?",
        tags: &["thresholds", "estimation", "timing"],
        expertise: &["proc-open", "proc-below-threshold"],
        language: "en",
        replies: &[
            DemoReply {
                author: 20, // Elise Bernard
                body: "Art. 5(4): the estimate is valid **at the moment the call for \
                    competition is sent**. The threshold in force on that date applies for \
                    the whole procedure, even if the award is after 1 January. If you \
                    launch in December, the old threshold applies.",
            },
            DemoReply {
                author: 1, // Mo Moderator
                body: "And if there is no call for competition (negotiated procedure without \
                    publication), it is the moment the procurement procedure is commenced, \
                    for example when you first contact operators.",
            },
        ],
        accepted: Some(0),
    },
    // ----- e-procurement ---------------------------------------------------------
    DemoThread {
        community: "e-procurement",
        author: 16, // Nicolas Girard
        kind: "question",
        title: "Tender uploaded two minutes late because of platform problems: accept or reject?",
        body: "A tenderer's upload finished two minutes after the deadline. They send \
            screenshots showing the upload started 40 minutes earlier and was very slow. \
            Other tenderers submitted without problems. Accept or reject?",
        tags: &["e-submission", "deadline", "platform"],
        expertise: &["proc-open"],
        language: "en",
        replies: &[
            DemoReply {
                author: 11, // Eva Novak
                body: "Check the platform logs first. If the platform was working normally for \
                    others and the delay came from the tenderer's side (large files, slow \
                    connection), the deadline is the deadline: reject. Accepting one late \
                    tender would break equal treatment. If the **platform** malfunctioned, \
                    that is a different story.",
            },
            DemoReply {
                author: 14, // Joost van Dijk
                body: "Agree. When our platform had a real outage before a deadline, we \
                    extended the deadline for everyone *before* it passed and published that. \
                    Afterwards you cannot fix it for one tenderer only. Personal view, but \
                    consistent with what our lawyers said.",
            },
        ],
        accepted: None,
    },
    DemoThread {
        community: "e-procurement",
        author: 14, // Joost van Dijk
        kind: "question",
        title: "Standstill period: does it start when the platform sends the message or when it is read?",
        body: "Our award decisions go out as messages on the e-procurement platform, with an \
            email notification. One tenderer says it only saw the message three days later \
            and that the standstill period should start then. How is the standstill counted?",
        tags: &["standstill", "award-decision", "remedies"],
        expertise: &["proc-open", "proc-restricted"],
        language: "en",
        replies: &[
            DemoReply {
                author: 11, // Eva Novak
                body: "Under the remedies directive (89/665/EEC, art. 2a) the standstill is at \
                    least **10 calendar days** from the day following the date on which the \
                    award decision is **sent**, when sent electronically. Reading it later \
                    does not move the start. The decision must include the reasons and the \
                    exact standstill period.",
            },
            DemoReply {
                author: 16, // Nicolas Girard
                body: "Keep the platform's sending log with the time stamp in the file. It is \
                    your proof if the tenderer goes to court.",
            },
        ],
        accepted: Some(0),
    },
    // ----- revision-des-prix ---------------------------------------------------
    DemoThread {
        community: "revision-des-prix",
        author: 13, // Claire Moreau
        kind: "question",
        title: "Révision des prix des dispositifs médicaux : quel indice retenir ?",
        body: "Nos marchés de dispositifs médicaux stériles prévoient une révision annuelle sur \
            un indice général des prix à la consommation. Les fournisseurs disent que cet \
            indice ne reflète pas leurs coûts (polymères, énergie, transport). Quel indice \
            ou panier d'indices utilisez-vous ?",
        tags: &["revision-des-prix", "indices", "dispositifs-medicaux"],
        expertise: &["cpv-33"],
        language: "fr",
        replies: &[
            DemoReply {
                author: 20, // Elise Bernard
                body: "Le principe : l'indice doit refléter la **structure des coûts** de la \
                    prestation. Pour des dispositifs en plastique, une formule composée \
                    est plus juste :\n\n\
                    - une part fixe, pour les coûts non exposés à la variation ;\n\
                    - un indice des prix de production des matières plastiques ;\n\
                    - un indice de l'énergie et un indice des salaires.\n\n\
                    Ajoutez une **clause butoir** ou de sauvegarde (résiliation ou renégociation \
                    au-delà d'une hausse donnée) pour éviter les dérives.",
            },
            DemoReply {
                author: 4, // Julien Martin
                body: "Nous avons publié un guide avec des formules types par famille \
                    d'achats, lien ici : [example.org/formules](https://example.org/formules-revision).",
            },
        ],
        accepted: None,
    },
    DemoThread {
        community: "revision-des-prix",
        author: 4, // Julien Martin
        kind: "discussion",
        title: "Inflation : avez-vous signé des avenants ou versé des indemnités d'imprévision ?",
        body: "Avec la hausse des coûts de l'énergie et des matières premières, plusieurs \
            titulaires ont demandé une **indemnité d'imprévision** ou un avenant de prix. \
            Retours d'expérience : qu'avez-vous accordé, sur quelle base, et comment \
            avez-vous calculé la part de charge extracontractuelle ?",
        tags: &["imprevision", "avenant", "inflation"],
        expertise: &["cpv-09", "cpv-50"],
        language: "fr",
        replies: &[
            DemoReply {
                author: 10, // Thomas Dubois
                body: "Nous avons versé deux indemnités, pour du carburant et de l'entretien \
                    de véhicules. Le titulaire a dû démontrer le bouleversement de \
                    l'économie du contrat avec ses comptes ; nous avons pris en charge \
                    environ 80 % de la perte au-delà d'un seuil.",
            },
            DemoReply {
                author: 7, // Camille Lefèvre
                body: "Nous avons préféré des avenants ajoutant une clause de révision pour la \
                    suite du contrat, fondés sur l'avis rendu en 2022 par le Conseil d'État \
                    sur la modification des prix pour circonstances imprévisibles.",
            },
            DemoReply {
                author: 20, // Elise Bernard
                body: "Les deux voies sont complémentaires : l'avenant règle l'avenir, \
                    l'indemnité compense le passé. Attention à ne pas indemniser deux fois la \
                    même hausse.",
            },
        ],
        accepted: None,
    },
    // ----- inkoop-sociaal-domein -------------------------------------------
    DemoThread {
        community: "inkoop-sociaal-domein",
        author: 17, // Fatima El Amrani
        kind: "question",
        title: "Jeugdhulp: open house of toch aanbesteden?",
        body: "Onze regio heeft nu raamovereenkomsten voor jeugdhulp met twaalf aanbieders. \
            Nieuwe aanbieders kunnen vier jaar niet instappen. We overwegen een **open \
            house**: iedere aanbieder die aan de eisen voldoet, krijgt een contract. Is dat \
            juridisch houdbaar?",
        tags: &["jeugdhulp", "open-house", "sociaal-domein"],
        expertise: &["cpv-85", "policy-social"],
        language: "nl",
        replies: &[
            DemoReply {
                author: 12, // Mehmet Yilmaz
                body: "Wij werken al drie jaar met open house voor Wmo-begeleiding. Het \
                    vraagt wel goed contractbeheer: met 60 aanbieders is het toezicht op \
                    kwaliteit veel werk.",
            },
            DemoReply {
                author: 2, // Helga Helpdesk
                body: "Juridisch: volgens het Hof van Justitie (zaak C-410/14) is een systeem \
                    waarin de overheid **geen keuze maakt** tussen toegelaten aanbieders en \
                    iedereen die aan de voorwaarden voldoet op elk moment kan toetreden, \
                    geen overheidsopdracht in de zin van de richtlijn. Wel moet je \
                    transparant zijn over de voorwaarden als er een duidelijk \
                    grensoverschrijdend belang is.\n\n\
                    Zodra je gaat selecteren (bijvoorbeeld een maximum aantal aanbieders), \
                    is het weer een aanbesteding.",
            },
        ],
        accepted: Some(1),
    },
    // ----- award-criteria-lcc ----------------------------------------------------
    DemoThread {
        community: "award-criteria-lcc",
        author: 13, // Claire Moreau
        kind: "question",
        title: "Price/quality 60/40: how do we stop price from deciding everything?",
        body: "We award on 60% quality and 40% price, yet in practice the cheapest tender wins \
            almost every time: quality scores are close together, price scores are spread \
            out. How do you design the scoring so that quality really counts?",
        tags: &["meat", "scoring", "price-quality"],
        expertise: &["proc-open"],
        language: "en",
        replies: &[
            DemoReply {
                author: 3, // Anna de Vries
                body: "Classic problem. The weights on paper are not the weights in practice; \
                    what counts is the **spread** of the scores. Things that helped us:\n\n\
                    - use the whole quality scale, with clear descriptions per level \
                    (0, 2, 4, 6, 8, 10) so evaluators dare to give low and high scores;\n\
                    - convert quality into a **fictitious price discount** (value per point \
                    in euro), so everyone sees what a quality point is worth;\n\
                    - avoid price formulas that make small price differences look large;\n\
                    - set a minimum quality score below which a tender is rejected.\n\n\
                    Simulate the scoring with fictitious tenders before publishing.",
            },
            DemoReply {
                author: 18, // Katarzyna Nowak
                body: "The simulation is the most underrated step. We found that with our \
                    formula a tender 10% cheaper beat one with three quality points more, \
                    which was not what the team intended.",
            },
        ],
        accepted: Some(0),
    },
    DemoThread {
        community: "award-criteria-lcc",
        author: 5, // Sofia Rossi
        kind: "discussion",
        title: "Life-cycle costing for medical equipment: which costs do you include?",
        body: "We want to move from purchase price to **LCC** (art. 68) for imaging and \
            laboratory equipment. So far our model includes purchase price, maintenance over \
            the service life, consumables and energy use. What else do others include, and \
            how do you make the data verifiable?",
        tags: &["lcc", "medical-equipment", "total-cost"],
        expertise: &["cpv-33"],
        language: "en",
        replies: &[
            DemoReply {
                author: 22, // María Fernández
                body: "We add **end-of-life costs** (removal, disposal) and, for imaging, the \
                    cost of helium refills. Everything the tenderer states becomes a \
                    contractual commitment with a price, otherwise the LCC is only an \
                    estimate.",
            },
            DemoReply {
                author: 13, // Claire Moreau
                body: "Nous ajoutons la formation des utilisateurs sur la durée de vie. \
                    Pour l'énergie, nous mesurons la consommation réelle pendant la \
                    réception et appliquons une pénalité si elle dépasse la valeur \
                    déclarée.",
            },
        ],
        accepted: None,
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use praxis_domain::taxonomy;

    fn community(slug: &str) -> &'static DemoCommunity {
        COMMUNITIES
            .iter()
            .find(|c| c.slug == slug)
            .unwrap_or_else(|| panic!("no demo community {slug:?}"))
    }

    fn known_codes(what: &str, codes: &[&str], range: std::ops::RangeInclusive<usize>) {
        assert!(
            range.contains(&codes.len()),
            "{what}: {} expertise codes",
            codes.len()
        );
        for (i, code) in codes.iter().enumerate() {
            assert!(
                taxonomy::find(code).is_some(),
                "{what}: unknown code {code:?}"
            );
            assert!(!codes[..i].contains(code), "{what}: {code:?} twice");
        }
    }

    #[test]
    fn people_have_a_profile_with_known_codes() {
        for person in PEOPLE {
            let what = person.email;
            assert!(!person.bio.trim().is_empty(), "{what}: no bio");
            assert!(person.bio.len() <= 2000, "{what}: bio too long");
            assert!(!person.region.trim().is_empty(), "{what}: no region");
            assert!(!person.languages.is_empty(), "{what}: no languages");
            for lang in person.languages {
                assert!(
                    lang.len() == 2 && lang.chars().all(|c| c.is_ascii_lowercase()),
                    "{what}: language {lang:?} is not an ISO 639-1 code"
                );
            }
            known_codes(what, person.expertise, 2..=5);
        }
    }

    #[test]
    fn threads_have_a_language_and_known_codes() {
        for thread in THREADS {
            let what = thread.title;
            assert!(
                ["en", "nl", "fr"].contains(&thread.language),
                "{what}: language {:?}",
                thread.language
            );
            known_codes(what, thread.expertise, 1..=3);
        }
    }

    #[test]
    fn indices_and_authors_are_consistent() {
        for c in COMMUNITIES {
            for &i in c.members.iter().chain(c.managers) {
                assert!(i < PEOPLE.len(), "{}: person {i} out of range", c.slug);
            }
            assert!(!c.managers.contains(&0), "{}: the admin manages it", c.slug);
        }
        for thread in THREADS {
            let c = community(thread.community);
            let belongs = |i: usize| c.members.contains(&i) || c.managers.contains(&i);
            assert!(
                belongs(thread.author),
                "{}: author not a member",
                thread.title
            );
            for reply in thread.replies {
                assert!(
                    belongs(reply.author),
                    "{}: replier not a member",
                    thread.title
                );
            }
            if let Some(i) = thread.accepted {
                let reply = thread
                    .replies
                    .get(i)
                    .unwrap_or_else(|| panic!("{}: accepted out of range", thread.title));
                assert_ne!(reply.author, thread.author, "{}", thread.title);
            }
        }
    }
}
