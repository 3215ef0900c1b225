//! The dashboard's charts, drawn on the server as SVG with `plotters`: no
//! script, no external font, the same picture for every browser. Each
//! chart is an image with a title for screen readers, and the page puts
//! the same figures in a table right after it (WCAG 1.1.1).

use chrono::NaiveDate;
use plotters::prelude::*;
use praxis_app::i18n::Lang;

const WIDTH: u32 = 640;
const HEIGHT: u32 = 280;
/// Dark enough on white for 3:1 against the background (WCAG 1.4.11).
const LINE: RGBColor = RGBColor(0, 94, 162);
const AXIS_TEXT: RGBColor = RGBColor(51, 51, 51);
/// plotters draws text at 80 % of this: about 13 px.
const LABEL_SIZE: u32 = 16;

fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Makes plotters' SVG an accessible image: `role="img"`, a `<title>`, and
/// a class the stylesheet scales to the screen.
fn accessible(svg: String, id: &str, title: &str) -> String {
    let Some(rest) = svg.strip_prefix("<svg ") else {
        return svg;
    };
    let Some(end) = rest.find('>') else {
        return svg;
    };
    let (attributes, body) = rest.split_at(end);
    format!(
        "<svg class=\"chart\" role=\"img\" aria-labelledby=\"{id}-title\" {attributes}><title id=\"{id}-title\">{}</title>{}",
        escaped(title),
        &body[1..]
    )
}

/// A value per week as a line with points; weeks without a value (no
/// question asked, say) leave a gap rather than pretending zero.
/// Labels and figures are in `lang` ("2 Nov", "2 nov."; "1,000").
pub fn weekly_line(
    id: &str,
    title: &str,
    weeks: &[(NaiveDate, Option<f64>)],
    lang: &Lang,
) -> String {
    drawn(id, title, |svg| draw_weekly_line(svg, weeks, lang))
}

type Drawing = Result<(), Box<dyn std::error::Error>>;

/// Draws a chart; a chart that cannot be drawn is left out (the table
/// after it still has the figures) rather than failing the page. plotters
/// has panicked on odd axis settings before, hence the `catch_unwind`.
fn drawn(id: &str, title: &str, draw: impl FnOnce(&mut String) -> Drawing) -> String {
    let mut svg = String::new();
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| draw(&mut svg)));
    match outcome {
        Ok(Ok(())) => accessible(svg, id, title),
        Ok(Err(error)) => {
            tracing::warn!(%error, chart = id, "a chart could not be drawn");
            String::new()
        }
        Err(_) => {
            tracing::error!(chart = id, "drawing a chart panicked");
            String::new()
        }
    }
}

fn draw_weekly_line(svg: &mut String, weeks: &[(NaiveDate, Option<f64>)], lang: &Lang) -> Drawing {
    let root = SVGBackend::with_string(svg, (WIDTH, HEIGHT)).into_drawing_area();
    root.fill(&WHITE)?;
    let top = weeks
        .iter()
        .filter_map(|(_, v)| *v)
        .fold(0.0_f64, f64::max)
        .max(1.0)
        * 1.15;
    let count = weeks.len().max(1);
    let mut chart = ChartBuilder::on(&root)
        .margin(12)
        .x_label_area_size(32)
        .y_label_area_size(48)
        .build_cartesian_2d(0..count, 0.0..top)?;
    let label_every = count.div_ceil(8).max(1);
    chart
        .configure_mesh()
        .disable_x_mesh()
        .max_light_lines(1)
        .x_labels(count)
        .x_label_formatter(&|i| match weeks.get(*i) {
            Some((day, _)) if i % label_every == 0 => lang.day_month(*day),
            _ => String::new(),
        })
        // Small scales need a decimal, or the axis reads 0, 0, 1, 1.
        .y_label_formatter(&|v| {
            if top < 10.0 {
                lang.decimal(*v, 1)
            } else {
                lang.decimal(*v, 0)
            }
        })
        .label_style(("sans-serif", LABEL_SIZE).into_font().color(&AXIS_TEXT))
        .draw()?;
    // One line per run of weeks that have a value.
    let mut run: Vec<(usize, f64)> = Vec::new();
    let mut runs: Vec<Vec<(usize, f64)>> = Vec::new();
    for (i, (_, value)) in weeks.iter().enumerate() {
        match value {
            Some(v) => run.push((i, *v)),
            None if !run.is_empty() => runs.push(std::mem::take(&mut run)),
            None => {}
        }
    }
    if !run.is_empty() {
        runs.push(run);
    }
    for points in runs {
        chart.draw_series(LineSeries::new(points.clone(), LINE.stroke_width(2)))?;
        chart.draw_series(points.into_iter().map(|p| Circle::new(p, 3, LINE.filled())))?;
    }
    root.present()?;
    Ok(())
}

/// Horizontal bars, largest first: communities by posts, say.
pub fn bars(id: &str, title: &str, items: &[(String, u64)], lang: &Lang) -> String {
    drawn(id, title, |svg| draw_bars(svg, items, lang))
}

fn draw_bars(svg: &mut String, items: &[(String, u64)], lang: &Lang) -> Drawing {
    let rows = items.len().max(1);
    let height = (40 + 26 * rows as u32).max(120);
    let root = SVGBackend::with_string(svg, (WIDTH, height)).into_drawing_area();
    root.fill(&WHITE)?;
    let top = items.iter().map(|(_, v)| *v).max().unwrap_or(0).max(1) as f64 * 1.1;
    let mut chart = ChartBuilder::on(&root)
        .margin(12)
        .x_label_area_size(28)
        .y_label_area_size(200)
        .build_cartesian_2d(0.0..top, (0..rows).into_segmented())?;
    chart
        .configure_mesh()
        .disable_y_mesh()
        .max_light_lines(1)
        .y_labels(rows)
        .y_label_formatter(&|row| match row {
            // Row 0 is drawn at the bottom: the largest goes on top.
            SegmentValue::CenterOf(row) => items
                .get(rows.saturating_sub(1 + *row))
                .map(|(name, _)| name.chars().take(28).collect())
                .unwrap_or_default(),
            _ => String::new(),
        })
        .x_label_formatter(&|v| lang.decimal(*v, 0))
        .label_style(("sans-serif", LABEL_SIZE).into_font().color(&AXIS_TEXT))
        .draw()?;
    chart.draw_series(items.iter().enumerate().map(|(rank, (_, value))| {
        let row = rows - 1 - rank;
        let mut bar = Rectangle::new(
            [
                (0.0, SegmentValue::Exact(row)),
                (*value as f64, SegmentValue::Exact(row + 1)),
            ],
            LINE.filled(),
        );
        bar.set_margin(4, 4, 0, 0);
        bar
    }))?;
    root.present()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lang(code: &str) -> Lang {
        Lang::parse(code).expect("a language")
    }

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).expect("a date")
    }

    #[test]
    fn a_line_chart_is_an_svg_image_with_its_title() {
        let svg = weekly_line(
            "replies",
            "Median hours to a first reply, per week",
            &[(day(2), Some(4.0)), (day(9), None), (day(16), Some(7.5))],
            &Lang::english(),
        );
        assert!(
            svg.starts_with("<svg class=\"chart\" role=\"img\""),
            "{svg}"
        );
        assert!(svg.contains("<title id=\"replies-title\">Median hours"));
        assert!(svg.contains("viewBox"));
        assert!(svg.contains("2 Nov"), "week labels: {svg}");
        let dutch = weekly_line("r", "Wekelijks", &[(day(2), Some(4.0))], &lang("nl"));
        assert!(dutch.contains("2 nov."), "Dutch week labels: {dutch}");
        assert!(svg.trim_end().ends_with("</svg>"));
    }

    #[test]
    fn odd_figures_still_make_a_chart() {
        let empty: Vec<(NaiveDate, Option<f64>)> = Vec::new();
        let quiet = vec![(day(2), None), (day(9), None)];
        let huge = vec![(day(2), Some(1e12)), (day(9), Some(0.0))];
        for weeks in [empty, quiet, huge, vec![(day(2), Some(0.0))]] {
            let svg = weekly_line("w", "Weekly", &weeks, &Lang::english());
            assert!(svg.starts_with("<svg"), "{weeks:?}");
        }
        for items in [Vec::new(), vec![("Only".to_owned(), 0)]] {
            let svg = bars("b", "Bars", &items, &Lang::english());
            assert!(svg.starts_with("<svg"), "{items:?}");
        }
    }

    #[test]
    fn bar_labels_are_escaped() {
        let svg = bars(
            "top",
            "Posts <per> community",
            &[("R&D <script>".to_owned(), 12), ("ICT".to_owned(), 3)],
            &Lang::english(),
        );
        assert!(!svg.contains("<script>"), "{svg}");
        assert!(svg.contains("R&amp;D &lt;script&gt;"), "{svg}");
        assert!(svg.contains("Posts &lt;per&gt; community"));
    }
}
