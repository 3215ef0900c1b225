//! The expertise taxonomy: CPV 2008 divisions, the procedure types of
//! Directive 2014/24/EU, and policy fields. Codes are stable identifiers;
//! labels are for people.

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Group {
    CpvDivision,
    Procedure,
    PolicyField,
}

#[derive(Debug, Clone, Copy, Serialize)]
pub struct Expertise {
    pub code: &'static str,
    /// English label (the default; serialized as `label`).
    pub label: &'static str,
    pub label_nl: &'static str,
    pub label_fr: &'static str,
    pub group: Group,
}

impl Expertise {
    /// The label in `locale` ("nl" or "fr"); English for anything else.
    pub fn label_in(&self, locale: &str) -> &'static str {
        match locale {
            "nl" => self.label_nl,
            "fr" => self.label_fr,
            _ => self.label,
        }
    }
}

const fn cpv(
    code: &'static str,
    label: &'static str,
    label_nl: &'static str,
    label_fr: &'static str,
) -> Expertise {
    Expertise {
        code,
        label,
        label_nl,
        label_fr,
        group: Group::CpvDivision,
    }
}

const fn procedure(
    code: &'static str,
    label: &'static str,
    label_nl: &'static str,
    label_fr: &'static str,
) -> Expertise {
    Expertise {
        code,
        label,
        label_nl,
        label_fr,
        group: Group::Procedure,
    }
}

const fn policy(
    code: &'static str,
    label: &'static str,
    label_nl: &'static str,
    label_fr: &'static str,
) -> Expertise {
    Expertise {
        code,
        label,
        label_nl,
        label_fr,
        group: Group::PolicyField,
    }
}

/// CPV division labels follow Regulation (EC) No 213/2008 in each language;
/// procedure labels follow the terms of Directive 2014/24/EU.
pub const ALL: &[Expertise] = &[
    cpv(
        "cpv-03",
        "03 Agricultural, farming, fishing, forestry and related products",
        "03 Landbouw- en veeteelt-, kwekerij-, visserij-, bosbouw- en aanverwante producten",
        "03 Produits agricoles, de l'élevage, de la pêche, de la sylviculture et produits connexes",
    ),
    cpv(
        "cpv-09",
        "09 Petroleum products, fuel, electricity and other sources of energy",
        "09 Aardolieproducten, brandstof, elektriciteit en andere energiebronnen",
        "09 Produits pétroliers, combustibles, électricité et autres sources d'énergie",
    ),
    cpv(
        "cpv-14",
        "14 Mining, basic metals and related products",
        "14 Mijnbouw, basismetalen en aanverwante producten",
        "14 Produits d'exploitation des mines, métaux de base et produits connexes",
    ),
    cpv(
        "cpv-15",
        "15 Food, beverages, tobacco and related products",
        "15 Voeding, dranken, tabak en aanverwante producten",
        "15 Produits alimentaires, boissons, tabac et produits connexes",
    ),
    cpv(
        "cpv-16",
        "16 Agricultural machinery",
        "16 Landbouwmachines",
        "16 Machines agricoles",
    ),
    cpv(
        "cpv-18",
        "18 Clothing, footwear, luggage articles and accessories",
        "18 Kleding, schoeisel, bagageartikelen en accessoires",
        "18 Vêtements, articles chaussants, bagages et accessoires",
    ),
    cpv(
        "cpv-19",
        "19 Leather and textile fabrics, plastic and rubber materials",
        "19 Leder, textielweefsels, kunststof en rubber materialen",
        "19 Produits en cuir et textiles, matériaux en plastique et en caoutchouc",
    ),
    cpv(
        "cpv-22",
        "22 Printed matter and related products",
        "22 Drukwerk en aanverwante producten",
        "22 Imprimés et produits connexes",
    ),
    cpv(
        "cpv-24",
        "24 Chemical products",
        "24 Chemische producten",
        "24 Produits chimiques",
    ),
    cpv(
        "cpv-30",
        "30 Office and computing machinery, equipment and supplies except furniture and software packages",
        "30 Kantoormachines en gegevensverwerkende apparatuur, kantooruitrusting en -benodigdheden, uitgez. meubilair en softwarepakketten",
        "30 Machines, matériel et fourniture informatique et de bureau, excepté les meubles et logiciels",
    ),
    cpv(
        "cpv-31",
        "31 Electrical machinery, apparatus, equipment and consumables; lighting",
        "31 Elektrische machines, apparaten, uitrusting en verbruiksartikelen; verlichting",
        "31 Machines, appareils, équipements et consommables électriques; éclairage",
    ),
    cpv(
        "cpv-32",
        "32 Radio, television, communication, telecommunication and related equipment",
        "32 Radio-, televisie-, communicatie-, telecommunicatietoestellen en aanverwante apparatuur",
        "32 Équipements et appareils de radio, de télévision, de communication, de télécommunication et équipements connexes",
    ),
    cpv(
        "cpv-33",
        "33 Medical equipments, pharmaceuticals and personal care products",
        "33 Medische apparatuur, farmaceutische artikelen en artikelen voor lichaamsverzorging",
        "33 Matériels médicaux, pharmaceutiques et produits de soins personnels",
    ),
    cpv(
        "cpv-34",
        "34 Transport equipment and auxiliary products to transportation",
        "34 Vervoersmaterieel en bijbehorende producten",
        "34 Équipement de transport et produits auxiliaires pour le transport",
    ),
    cpv(
        "cpv-35",
        "35 Security, fire-fighting, police and defence equipment",
        "35 Uitrusting voor veiligheid, brandweer, politie en leger",
        "35 Équipement de sécurité, de lutte contre l'incendie, de police et de défense",
    ),
    cpv(
        "cpv-37",
        "37 Musical instruments, sport goods, games, toys, handicraft, art materials and accessories",
        "37 Muziekinstrumenten, sportartikelen, spelletjes, speelgoed, handwerk, kunstartikelen en toebehoren",
        "37 Instruments de musique, articles de sport, jeux, jouets, articles pour artisanat, articles pour travaux artistiques et accessoires",
    ),
    cpv(
        "cpv-38",
        "38 Laboratory, optical and precision equipments (excl. glasses)",
        "38 Laboratoriuminstrumenten, optische en precisie-instrumenten (uitgezonderd brillen)",
        "38 Équipements de laboratoire, d'optique et de précision (excepté les lunettes)",
    ),
    cpv(
        "cpv-39",
        "39 Furniture (incl. office furniture), furnishings, domestic appliances (excl. lighting) and cleaning products",
        "39 Meubelen (m.i.v. kantoormeubelen), inrichtingsartikelen, huishoudelijke apparaten (uitgez. verlichting) en schoonmaakproducten",
        "39 Meubles (y compris les meubles de bureau), aménagements, appareils électroménagers (à l'exclusion de l'éclairage) et produits de nettoyage",
    ),
    cpv(
        "cpv-41",
        "41 Collected and purified water",
        "41 Verzameld en gezuiverd water",
        "41 Eau collectée et purifiée",
    ),
    cpv(
        "cpv-42",
        "42 Industrial machinery",
        "42 Bedrijfsmachines",
        "42 Machines industrielles",
    ),
    cpv(
        "cpv-43",
        "43 Machinery for mining, quarrying, construction equipment",
        "43 Machines voor de mijnbouw, steengroeven en voor de bouw",
        "43 Équipement minier, équipement pour l'exploitation de carrières, matériel de construction",
    ),
    cpv(
        "cpv-44",
        "44 Construction structures and materials; auxiliary products to construction (except electric apparatus)",
        "44 Structuren en materialen voor de bouw; ondersteunende producten voor de bouw (uitgezonderd elektrische apparatuur)",
        "44 Matériaux et structures de construction; produits auxiliaires pour la construction (à l'exception des appareils électriques)",
    ),
    cpv(
        "cpv-45",
        "45 Construction work",
        "45 Bouwwerkzaamheden",
        "45 Travaux de construction",
    ),
    cpv(
        "cpv-48",
        "48 Software package and information systems",
        "48 Software en informatiesystemen",
        "48 Logiciels et systèmes d'information",
    ),
    cpv(
        "cpv-50",
        "50 Repair and maintenance services",
        "50 Reparatie- en onderhoudsdiensten",
        "50 Services de réparation et d'entretien",
    ),
    cpv(
        "cpv-51",
        "51 Installation services (except software)",
        "51 Installatiediensten (uitgezonderd software)",
        "51 Services d'installation (à l'exception des logiciels)",
    ),
    cpv(
        "cpv-55",
        "55 Hotel, restaurant and retail trade services",
        "55 Diensten voor hotel, restaurant en detailhandel",
        "55 Services d'hôtellerie, de restauration et de commerce au détail",
    ),
    cpv(
        "cpv-60",
        "60 Transport services (excl. Waste transport)",
        "60 Vervoersdiensten (uitg. vervoer van afval)",
        "60 Services de transport (à l'exclusion du transport des déchets)",
    ),
    cpv(
        "cpv-63",
        "63 Supporting and auxiliary transport services; travel agencies services",
        "63 Ondersteunende en aanvullende vervoersdiensten; reisbureaudiensten",
        "63 Services d'appui et services auxiliaires dans le domaine des transports, services des agences de voyages",
    ),
    cpv(
        "cpv-64",
        "64 Postal and telecommunications services",
        "64 Post- en telecommunicatiediensten",
        "64 Services des postes et télécommunications",
    ),
    cpv(
        "cpv-65",
        "65 Public utilities",
        "65 Openbare voorzieningen",
        "65 Services publics",
    ),
    cpv(
        "cpv-66",
        "66 Financial and insurance services",
        "66 Financiële en verzekeringsdiensten",
        "66 Services financiers et d'assurance",
    ),
    cpv(
        "cpv-70",
        "70 Real estate services",
        "70 Makelaarsdiensten",
        "70 Services immobiliers",
    ),
    cpv(
        "cpv-71",
        "71 Architectural, construction, engineering and inspection services",
        "71 Dienstverlening op het gebied van architectuur, bouwkunde, civiele techniek en inspectie",
        "71 Services d'architecture, services de construction, services d'ingénierie et services d'inspection",
    ),
    cpv(
        "cpv-72",
        "72 IT services: consulting, software development, Internet and support",
        "72 IT-diensten: adviezen, softwareontwikkeling, internet en ondersteuning",
        "72 Services de technologies de l'information, conseil, développement de logiciels, internet et appui",
    ),
    cpv(
        "cpv-73",
        "73 Research and development services and related consultancy services",
        "73 Onderzoek en ontwikkeling, en aanverwante adviezen",
        "73 Services de recherche et développement et services de conseil connexes",
    ),
    cpv(
        "cpv-75",
        "75 Administration, defence and social security services",
        "75 Diensten voor openbaar bestuur, defensie en sociale verzekering",
        "75 Services de l'administration publique, de la défense et de la sécurité sociale",
    ),
    cpv(
        "cpv-76",
        "76 Services related to the oil and gas industry",
        "76 Diensten in verband met de olie- en gasindustrie",
        "76 Services relatifs à l'industrie du pétrole et du gaz",
    ),
    cpv(
        "cpv-77",
        "77 Agricultural, forestry, horticultural, aquacultural and apicultural services",
        "77 Diensten voor land-, bos- en tuinbouw, aquicultuur en imkerij",
        "77 Services agricoles, sylvicoles, horticoles, d'aquaculture et d'apiculture",
    ),
    cpv(
        "cpv-79",
        "79 Business services: law, marketing, consulting, recruitment, printing and security",
        "79 Zakelijke dienstverlening: juridisch, marketing, consulting, drukkerij en beveiliging",
        "79 Services aux entreprises: droit, marketing, conseil, recrutement, impression et sécurité",
    ),
    cpv(
        "cpv-80",
        "80 Education and training services",
        "80 Diensten voor onderwijs en opleiding",
        "80 Services d'enseignement et de formation",
    ),
    cpv(
        "cpv-85",
        "85 Health and social work services",
        "85 Gezondheidszorg en maatschappelijk werk",
        "85 Services de santé et services sociaux",
    ),
    cpv(
        "cpv-90",
        "90 Sewage, refuse, cleaning and environmental services",
        "90 Diensten inzake afvalwater, afval, reiniging en milieu",
        "90 Services d'évacuation des eaux usées et d'élimination des déchets, services d'hygiénisation et services relatifs à l'environnement",
    ),
    cpv(
        "cpv-92",
        "92 Recreational, cultural and sporting services",
        "92 Cultuur-, sport- en recreatiediensten",
        "92 Services récréatifs, culturels et sportifs",
    ),
    cpv(
        "cpv-98",
        "98 Other community, social and personal services",
        "98 Overige gemeenschaps-, sociale en persoonlijke diensten",
        "98 Autres services communautaires, sociaux et personnels",
    ),
    procedure(
        "proc-open",
        "Open procedure (art. 27)",
        "Openbare procedure (art. 27)",
        "Procédure ouverte (art. 27)",
    ),
    procedure(
        "proc-restricted",
        "Restricted procedure (art. 28)",
        "Niet-openbare procedure (art. 28)",
        "Procédure restreinte (art. 28)",
    ),
    procedure(
        "proc-competitive-negotiation",
        "Competitive procedure with negotiation (art. 29)",
        "Mededingingsprocedure met onderhandeling (art. 29)",
        "Procédure concurrentielle avec négociation (art. 29)",
    ),
    procedure(
        "proc-competitive-dialogue",
        "Competitive dialogue (art. 30)",
        "Concurrentiegerichte dialoog (art. 30)",
        "Dialogue compétitif (art. 30)",
    ),
    procedure(
        "proc-innovation-partnership",
        "Innovation partnership (art. 31)",
        "Innovatiepartnerschap (art. 31)",
        "Partenariat d'innovation (art. 31)",
    ),
    procedure(
        "proc-negotiated-without-publication",
        "Negotiated procedure without prior publication (art. 32)",
        "Onderhandelingsprocedure zonder voorafgaande bekendmaking (art. 32)",
        "Procédure négociée sans publication préalable (art. 32)",
    ),
    procedure(
        "proc-framework-agreement",
        "Framework agreements (art. 33)",
        "Raamovereenkomsten (art. 33)",
        "Accords-cadres (art. 33)",
    ),
    procedure(
        "proc-dynamic-purchasing-system",
        "Dynamic purchasing systems (art. 34)",
        "Dynamische aankoopsystemen (art. 34)",
        "Systèmes d'acquisition dynamiques (art. 34)",
    ),
    procedure(
        "proc-electronic-auction",
        "Electronic auctions (art. 35)",
        "Elektronische veilingen (art. 35)",
        "Enchères électroniques (art. 35)",
    ),
    procedure(
        "proc-below-threshold",
        "Below-threshold procurement (national rules)",
        "Opdrachten onder de Europese drempelwaarden (nationale regels)",
        "Marchés inférieurs aux seuils européens (règles nationales)",
    ),
    policy(
        "policy-green",
        "Green and circular procurement",
        "Duurzaam en circulair inkopen",
        "Achats durables et circulaires",
    ),
    policy(
        "policy-social",
        "Social return and socially responsible procurement",
        "Social return en maatschappelijk verantwoord inkopen",
        "Clauses sociales et achats socialement responsables",
    ),
    policy(
        "policy-innovation",
        "Innovation procurement",
        "Innovatiegericht inkopen",
        "Achats innovants",
    ),
    policy(
        "policy-sme",
        "Access for SMEs",
        "Toegang voor het mkb",
        "Accès des PME",
    ),
    policy(
        "policy-ethical-supply-chains",
        "Ethical supply chains and human rights",
        "Internationale sociale voorwaarden en ketenverantwoordelijkheid",
        "Chaînes d'approvisionnement éthiques et droits humains",
    ),
];

pub fn find(code: &str) -> Option<&'static Expertise> {
    ALL.iter().find(|e| e.code == code)
}

/// Checks a list of codes: all known, no duplicates, at most `max`.
pub fn parse_codes(
    field: &str,
    codes: &[String],
    max: usize,
) -> Result<Vec<String>, crate::ValidationError> {
    let mut out: Vec<String> = Vec::new();
    for code in codes {
        let code = code.trim();
        if find(code).is_none() {
            return Err(crate::ValidationError::new(
                field,
                "unknown_expertise",
                format!("{code:?} is not an expertise code; see /api/v1/taxonomy/expertise."),
            )
            .with_arg("code", code));
        }
        if !out.iter().any(|c| c == code) {
            out.push(code.to_owned());
        }
    }
    if out.len() > max {
        return Err(crate::ValidationError::new(
            field,
            "too_many",
            format!("Choose at most {max}."),
        )
        .with_arg("max", max));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_taxonomy_has_45_cpv_divisions_and_unique_codes() {
        assert_eq!(
            ALL.iter().filter(|e| e.group == Group::CpvDivision).count(),
            45
        );
        let mut codes: Vec<_> = ALL.iter().map(|e| e.code).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), ALL.len());
        assert!(parse_codes("expertise", &["cpv-45".into(), "nope".into()], 10).is_err());
    }

    #[test]
    fn every_item_has_distinct_dutch_and_french_labels() {
        for e in ALL {
            assert!(!e.label_nl.trim().is_empty(), "{} has no nl label", e.code);
            assert!(!e.label_fr.trim().is_empty(), "{} has no fr label", e.code);
            assert_ne!(e.label_nl, e.label_fr, "{}: nl and fr are the same", e.code);
            assert_eq!(e.label_in("en"), e.label);
            assert_eq!(e.label_in("nl"), e.label_nl);
            assert_eq!(e.label_in("fr"), e.label_fr);
        }
        for labels in [
            ALL.iter().map(|e| e.label_nl).collect::<Vec<_>>(),
            ALL.iter().map(|e| e.label_fr).collect::<Vec<_>>(),
        ] {
            let mut sorted = labels.clone();
            sorted.sort_unstable();
            sorted.dedup();
            assert_eq!(sorted.len(), labels.len(), "duplicate labels in {labels:?}");
        }
    }

    #[test]
    fn cpv_labels_start_with_the_division_number_in_every_language() {
        for e in ALL.iter().filter(|e| e.group == Group::CpvDivision) {
            let division = e.code.strip_prefix("cpv-").unwrap();
            assert_eq!(division.len(), 2);
            assert!(division.bytes().all(|b| b.is_ascii_digit()));
            let prefix = format!("{division} ");
            for locale in ["en", "nl", "fr"] {
                let label = e.label_in(locale);
                assert!(label.starts_with(&prefix), "{}/{locale}: {label:?}", e.code);
                assert!(
                    label.len() > prefix.len(),
                    "{}/{locale}: empty text",
                    e.code
                );
            }
        }
    }

    #[test]
    fn label_in_picks_the_locale_and_falls_back_to_english() {
        let construction = find("cpv-45").unwrap();
        assert!(construction.label_in("nl").contains("Bouw"));
        assert!(construction.label_in("fr").contains("construction"));
        assert_eq!(construction.label_in("de"), construction.label);
        assert_eq!(construction.label_in(""), "45 Construction work");
    }
}
