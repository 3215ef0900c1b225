//! `praxis demo`: demo accounts on an allow-listed domain, created
//! idempotently, with their sign-in details printed.

use praxis_app::App;
use praxis_app::accounts::operator;
use praxis_domain::Role;

/// The demo domain; fictional, under `.example` so no mail can leave.
pub const DEMO_DOMAIN: &str = "demo-ministry.example";
/// Shared by the demo accounts; strong enough for the password policy.
pub const DEMO_PASSWORD: &str = "praxis demo tender 2026";

struct DemoPerson {
    email: &'static str,
    name: &'static str,
    organisation: &'static str,
    role: Role,
}

const PEOPLE: &[DemoPerson] = &[
    DemoPerson {
        email: "admin@demo-ministry.example",
        name: "Ada Admin",
        organisation: "Central Procurement Expertise Centre",
        role: Role::Admin,
    },
    DemoPerson {
        email: "moderator@demo-ministry.example",
        name: "Mo Moderator",
        organisation: "Central Procurement Expertise Centre",
        role: Role::Moderator,
    },
    DemoPerson {
        email: "helpdesk@demo-ministry.example",
        name: "Helga Helpdesk",
        organisation: "Central Procurement Expertise Centre",
        role: Role::Helpdesk,
    },
    DemoPerson {
        email: "anna.devries@demo-ministry.example",
        name: "Anna de Vries",
        organisation: "Ministry of Infrastructure, Procurement Department",
        role: Role::Member,
    },
    DemoPerson {
        email: "julien.martin@demo-ministry.example",
        name: "Julien Martin",
        organisation: "Ministry of Economy, Directorate of State Purchasing",
        role: Role::Member,
    },
    DemoPerson {
        email: "sofia.rossi@demo-ministry.example",
        name: "Sofia Rossi",
        organisation: "University Hospital, Purchasing Office",
        role: Role::Member,
    },
];

pub async fn seed(app: &App) -> anyhow::Result<()> {
    operator::add_buyer_domain(app, DEMO_DOMAIN)
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    for person in PEOPLE {
        operator::create_user(
            app,
            person.email,
            person.name,
            person.organisation,
            person.role,
            DEMO_PASSWORD,
        )
        .await
        .map_err(|e| anyhow::anyhow!("seeding {}: {e}", person.email))?;
    }
    println!();
    println!("Demo accounts (password for all: {DEMO_PASSWORD}):");
    for person in PEOPLE {
        println!("  {:<10} {}", person.role.as_str(), person.email);
    }
    println!("Anyone registering with an address @{DEMO_DOMAIN} is active once verified;");
    println!("mail is written to {}", app.config.outbox_dir().display());
    println!();
    Ok(())
}
