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
    pub label: &'static str,
    pub group: Group,
}

const fn cpv(code: &'static str, label: &'static str) -> Expertise {
    Expertise {
        code,
        label,
        group: Group::CpvDivision,
    }
}

const fn procedure(code: &'static str, label: &'static str) -> Expertise {
    Expertise {
        code,
        label,
        group: Group::Procedure,
    }
}

const fn policy(code: &'static str, label: &'static str) -> Expertise {
    Expertise {
        code,
        label,
        group: Group::PolicyField,
    }
}

pub const ALL: &[Expertise] = &[
    cpv(
        "cpv-03",
        "03 Agricultural, farming, fishing, forestry and related products",
    ),
    cpv(
        "cpv-09",
        "09 Petroleum products, fuel, electricity and other sources of energy",
    ),
    cpv("cpv-14", "14 Mining, basic metals and related products"),
    cpv("cpv-15", "15 Food, beverages, tobacco and related products"),
    cpv("cpv-16", "16 Agricultural machinery"),
    cpv(
        "cpv-18",
        "18 Clothing, footwear, luggage articles and accessories",
    ),
    cpv(
        "cpv-19",
        "19 Leather and textile fabrics, plastic and rubber materials",
    ),
    cpv("cpv-22", "22 Printed matter and related products"),
    cpv("cpv-24", "24 Chemical products"),
    cpv(
        "cpv-30",
        "30 Office and computing machinery, equipment and supplies except furniture and software packages",
    ),
    cpv(
        "cpv-31",
        "31 Electrical machinery, apparatus, equipment and consumables; lighting",
    ),
    cpv(
        "cpv-32",
        "32 Radio, television, communication, telecommunication and related equipment",
    ),
    cpv(
        "cpv-33",
        "33 Medical equipments, pharmaceuticals and personal care products",
    ),
    cpv(
        "cpv-34",
        "34 Transport equipment and auxiliary products to transportation",
    ),
    cpv(
        "cpv-35",
        "35 Security, fire-fighting, police and defence equipment",
    ),
    cpv(
        "cpv-37",
        "37 Musical instruments, sport goods, games, toys, handicraft, art materials and accessories",
    ),
    cpv(
        "cpv-38",
        "38 Laboratory, optical and precision equipments (excl. glasses)",
    ),
    cpv(
        "cpv-39",
        "39 Furniture (incl. office furniture), furnishings, domestic appliances (excl. lighting) and cleaning products",
    ),
    cpv("cpv-41", "41 Collected and purified water"),
    cpv("cpv-42", "42 Industrial machinery"),
    cpv(
        "cpv-43",
        "43 Machinery for mining, quarrying, construction equipment",
    ),
    cpv(
        "cpv-44",
        "44 Construction structures and materials; auxiliary products to construction (except electric apparatus)",
    ),
    cpv("cpv-45", "45 Construction work"),
    cpv("cpv-48", "48 Software package and information systems"),
    cpv("cpv-50", "50 Repair and maintenance services"),
    cpv("cpv-51", "51 Installation services (except software)"),
    cpv("cpv-55", "55 Hotel, restaurant and retail trade services"),
    cpv("cpv-60", "60 Transport services (excl. Waste transport)"),
    cpv(
        "cpv-63",
        "63 Supporting and auxiliary transport services; travel agencies services",
    ),
    cpv("cpv-64", "64 Postal and telecommunications services"),
    cpv("cpv-65", "65 Public utilities"),
    cpv("cpv-66", "66 Financial and insurance services"),
    cpv("cpv-70", "70 Real estate services"),
    cpv(
        "cpv-71",
        "71 Architectural, construction, engineering and inspection services",
    ),
    cpv(
        "cpv-72",
        "72 IT services: consulting, software development, Internet and support",
    ),
    cpv(
        "cpv-73",
        "73 Research and development services and related consultancy services",
    ),
    cpv(
        "cpv-75",
        "75 Administration, defence and social security services",
    ),
    cpv("cpv-76", "76 Services related to the oil and gas industry"),
    cpv(
        "cpv-77",
        "77 Agricultural, forestry, horticultural, aquacultural and apicultural services",
    ),
    cpv(
        "cpv-79",
        "79 Business services: law, marketing, consulting, recruitment, printing and security",
    ),
    cpv("cpv-80", "80 Education and training services"),
    cpv("cpv-85", "85 Health and social work services"),
    cpv(
        "cpv-90",
        "90 Sewage, refuse, cleaning and environmental services",
    ),
    cpv("cpv-92", "92 Recreational, cultural and sporting services"),
    cpv("cpv-98", "98 Other community, social and personal services"),
    procedure("proc-open", "Open procedure (art. 27)"),
    procedure("proc-restricted", "Restricted procedure (art. 28)"),
    procedure(
        "proc-competitive-negotiation",
        "Competitive procedure with negotiation (art. 29)",
    ),
    procedure(
        "proc-competitive-dialogue",
        "Competitive dialogue (art. 30)",
    ),
    procedure(
        "proc-innovation-partnership",
        "Innovation partnership (art. 31)",
    ),
    procedure(
        "proc-negotiated-without-publication",
        "Negotiated procedure without prior publication (art. 32)",
    ),
    procedure("proc-framework-agreement", "Framework agreements (art. 33)"),
    procedure(
        "proc-dynamic-purchasing-system",
        "Dynamic purchasing systems (art. 34)",
    ),
    procedure("proc-electronic-auction", "Electronic auctions (art. 35)"),
    procedure(
        "proc-below-threshold",
        "Below-threshold procurement (national rules)",
    ),
    policy("policy-green", "Green and circular procurement"),
    policy(
        "policy-social",
        "Social return and socially responsible procurement",
    ),
    policy("policy-innovation", "Innovation procurement"),
    policy("policy-sme", "Access for SMEs"),
    policy(
        "policy-ethical-supply-chains",
        "Ethical supply chains and human rights",
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
            ));
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
        ));
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
}
