//! `praxis`: serve, migrate, demo, admin. See `praxis --help`.

mod bench;
mod config;
mod demo;
mod demo_content;
mod generate;
mod reindex;
mod serve;

use anyhow::Context;
use clap::{Args, Parser, Subcommand};
use praxis_app::App;
use praxis_domain::Role;
use std::io::{BufRead, IsTerminal};

#[derive(Parser)]
#[command(
    name = "praxis",
    version,
    about = "Praxis: the community of practice of public buyers"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the web pages and the API (migrations run first).
    Serve(config::StorageArgs),
    /// Bring the database schema up to date and exit.
    Migrate(config::StorageArgs),
    /// Seed demo accounts and content (idempotently), print sign-in details, then serve.
    Demo(DemoArgs),
    /// Load the large data set if needed, start the server and measure it
    /// with a real HTTP load generator (oha).
    Bench(bench::BenchArgs),
    /// Rebuild this node's search index from the database (stop `praxis
    /// serve` on this data directory first).
    Reindex(config::StorageArgs),
    /// Administration from the command line.
    Admin {
        #[command(flatten)]
        storage: config::StorageArgs,
        #[command(subcommand)]
        command: AdminCommand,
    },
}

#[derive(Args)]
struct DemoArgs {
    #[command(flatten)]
    storage: config::StorageArgs,
    /// `small`: a living demo community; `large`: the benchmark data set
    /// (~100k members, 1,000 communities, 100k threads, 1M posts) on top.
    #[arg(long, default_value = "small")]
    scale: String,
    /// Seed and exit instead of serving.
    #[arg(long)]
    no_serve: bool,
}

#[derive(Subcommand)]
enum AdminCommand {
    /// Create an active account with a role (or update the role and password of an existing one).
    CreateUser(CreateUserArgs),
    /// Manage the allow-list of public-buyer email domains.
    BuyerDomain {
        #[command(subcommand)]
        command: BuyerDomainCommand,
    },
}

#[derive(Args)]
struct CreateUserArgs {
    #[arg(long)]
    email: String,
    #[arg(long)]
    display_name: String,
    #[arg(long, default_value = "Praxis operator")]
    organisation: String,
    /// admin, moderator, helpdesk or member.
    #[arg(long, default_value = "member")]
    role: String,
    /// Read the password from standard input instead of prompting.
    #[arg(long)]
    password_stdin: bool,
}

#[derive(Subcommand)]
enum BuyerDomainCommand {
    Add { domain: String },
    Remove { domain: String },
    List,
}

fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("starting the async runtime")?;
    runtime.block_on(run(cli))
}

async fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Command::Serve(storage) => {
            let config = storage.load()?;
            config::init_logging();
            serve::serve(config).await
        }
        Command::Migrate(storage) => {
            let config = storage.load()?;
            config::init_logging();
            prepare_data_dir(&config)?;
            App::start(config).await?;
            println!("The database schema is up to date.");
            Ok(())
        }
        Command::Demo(args) => {
            let config = args.storage.load()?;
            config::init_logging();
            prepare_data_dir(&config)?;
            let app = App::start(config.clone()).await?;
            demo::seed(&app).await?;
            match args.scale.as_str() {
                "small" => {}
                "large" => {
                    generate::generate(&app, generate::Scale::LARGE).await?;
                }
                other => anyhow::bail!("unknown scale {other:?}: use small or large"),
            }
            // Demo data is loaded past the use cases, so past the search
            // feed: build the index from the tables (at once when not
            // serving, else in the background while serving).
            app.search.request_rebuild();
            if args.no_serve {
                reindex::run(&app).await?;
            }
            if args.no_serve {
                return Ok(());
            }
            serve::serve_app(app).await
        }
        Command::Bench(args) => bench::run(args).await,
        Command::Reindex(storage) => {
            let config = storage.load()?;
            config::init_logging();
            prepare_data_dir(&config)?;
            let app = App::start(config).await?;
            reindex::run(&app).await
        }
        Command::Admin { storage, command } => {
            let config = storage.load()?;
            prepare_data_dir(&config)?;
            let app = App::start(config).await?;
            admin(&app, command).await
        }
    }
}

pub fn prepare_data_dir(config: &praxis_app::Config) -> anyhow::Result<()> {
    std::fs::create_dir_all(&config.data_dir)
        .with_context(|| format!("creating the data directory {}", config.data_dir.display()))
}

async fn admin(app: &App, command: AdminCommand) -> anyhow::Result<()> {
    use praxis_app::accounts::operator;
    match command {
        AdminCommand::CreateUser(args) => {
            let role = Role::parse(&args.role)
                .filter(|r| *r != Role::Guest)
                .with_context(|| {
                    format!(
                        "unknown role {:?}: use admin, moderator, helpdesk or member",
                        args.role
                    )
                })?;
            let password = read_password(args.password_stdin)?;
            let user = operator::create_user(
                app,
                &args.email,
                &args.display_name,
                &args.organisation,
                role,
                &password,
            )
            .await
            .map_err(describe)?;
            println!(
                "{} <{}> is an active {}.",
                user.display_name,
                user.email,
                role.as_str()
            );
        }
        AdminCommand::BuyerDomain { command } => match command {
            BuyerDomainCommand::Add { domain } => {
                let domain = operator::add_buyer_domain(app, &domain)
                    .await
                    .map_err(describe)?;
                println!("{domain} is on the allow-list.");
            }
            BuyerDomainCommand::Remove { domain } => {
                if operator::remove_buyer_domain(app, &domain)
                    .await
                    .map_err(describe)?
                {
                    println!("{domain} is no longer on the allow-list.");
                } else {
                    anyhow::bail!("{domain} was not on the allow-list");
                }
            }
            BuyerDomainCommand::List => {
                for entry in operator::list_buyer_domains(app).await.map_err(describe)? {
                    println!("{}", entry.domain);
                }
            }
        },
    }
    Ok(())
}

/// Turns a use-case error into a sentence for the terminal.
fn describe(error: praxis_app::AppError) -> anyhow::Error {
    match error {
        praxis_app::AppError::Invalid(errors) => anyhow::anyhow!(
            "{}",
            errors
                .iter()
                .map(|e| format!("{}: {}", e.field, e.message))
                .collect::<Vec<_>>()
                .join("\n")
        ),
        other => anyhow::anyhow!("{other}"),
    }
}

fn read_password(from_stdin: bool) -> anyhow::Result<String> {
    let stdin = std::io::stdin();
    let password = if !from_stdin && stdin.is_terminal() {
        // Typed at a prompt without echo.
        rpassword::prompt_password("Password (at least 12 characters): ")
            .context("reading the password")?
    } else {
        let mut line = String::new();
        stdin
            .lock()
            .read_line(&mut line)
            .context("reading the password")?;
        line.trim_end_matches(['\n', '\r']).to_owned()
    };
    if password.is_empty() {
        anyhow::bail!("no password given");
    }
    Ok(password)
}
