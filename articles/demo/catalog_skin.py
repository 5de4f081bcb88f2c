"""Demo articles about skin treatments: peels, lasers, needling. Written by demo personas."""

from articles.demo.build import (
    article,
    callout,
    conditions,
    cost,
    facts,
    pros_cons,
    qa,
    references,
    side_effects,
    table,
)
from articles.demo.people import ADA, BEN, CEM, SKIN

AAD = ("Cosmetic treatments", "American Academy of Dermatology", "https://www.aad.org/public/cosmetic", 2023)
SUN = callout("warning", "Protect your skin from the sun", "Use SPF 30 or higher daily while the skin heals.")


def skin(slug, title, summary, author, tags, facts_rows, questions, effects, price, extra=(), related=()):
    """A skin treatment: facts, questions, what it treats, side effects, cost per session and sun advice."""
    body = [
        facts(*facts_rows),
        *[qa(question, *answer) for question, *answer in questions],
        side_effects(*effects),
        cost("USD", *price),
        *extra,
        SUN,
        references(AAD),
    ]
    return article(slug, title, summary, author=author, category=SKIN, tags=tags, body=body, related=related)


REDNESS = ("Redness", "very_common", "mild", "Fades within hours to days.")
PEELING = ("Peeling or flaking", "common", "mild", "")
PIGMENT = ("Darker or lighter patches", "uncommon", "moderate", "More likely on darker skin.")
SCARRING = ("Scarring", "rare", "severe", "")
INFECTION = ("Infection", "rare", "moderate", "Keep the skin clean while it heals.")

ARTICLES = [
    skin(
        "chemical-peels",
        "Chemical peels: light, medium and deep",
        "A chemical peel removes damaged outer layers of skin; the depth decides the results and the downtime.",
        ADA,
        ["chemical peel", "pigmentation", "skin texture"],
        [("Downtime", "0–14 days by depth"), ("Session", "30–90 minutes")],
        [("Which peel do I need?", "Light peels refresh; medium peels treat pigment; deep peels treat lines.")],
        [REDNESS, PEELING, PIGMENT],
        (150, 3000, "per_session", "Light peels cost least; deep peels most."),
        extra=[
            table(
                "Peel depths",
                ["Light", "Medium", "Deep"],
                [("Downtime", "None", "About a week", "Two weeks or more"), ("Repeat", "Monthly", "Yearly", "Once")],
            )
        ],
    ),
    skin(
        "laser-resurfacing",
        "Laser resurfacing for lines and scars",
        "Laser resurfacing removes or heats layers of skin to smooth lines, scars and uneven tone.",
        BEN,
        ["laser resurfacing", "wrinkles", "scars"],
        [("Downtime", "5–14 days"), ("Results last", "Years, with sun protection")],
        [("Ablative or non-ablative?", "Ablative lasers remove skin and work faster; non-ablative heal quicker.")],
        [REDNESS, ("Swelling", "common", "mild", ""), PIGMENT, SCARRING],
        (1000, 3500),
        related=["fractional-co2-laser"],
    ),
    skin(
        "microneedling",
        "Microneedling: collagen induction therapy",
        "Fine needles make tiny wounds that prompt collagen, improving texture and acne scars.",
        CEM,
        ["microneedling", "acne scars", "collagen"],
        [("Sessions", "3–6, a month apart"), ("Downtime", "1–3 days")],
        [("Does microneedling hurt?", "A numbing cream keeps it comfortable.")],
        [REDNESS, ("Pinpoint bleeding", "common", "mild", ""), INFECTION],
        (200, 700),
        extra=[pros_cons(["Suits most skin types", "Little downtime"], ["Needs several sessions"])],
        related=["rf-microneedling", "acne-scar-treatments"],
    ),
    skin(
        "rf-microneedling",
        "Radiofrequency microneedling",
        "Microneedling combined with radiofrequency heat tightens skin as well as smoothing it.",
        ADA,
        ["radiofrequency", "microneedling", "skin tightening"],
        [("Sessions", "1–3"), ("Downtime", "2–4 days")],
        [("How is it different from plain microneedling?", "The needles deliver heat deeper, tightening skin.")],
        [REDNESS, ("Swelling", "common", "mild", ""), PIGMENT],
        (800, 2500),
    ),
    skin(
        "ipl-photofacial",
        "IPL photofacial for sun spots and redness",
        "Intense pulsed light fades brown spots and broken vessels with little downtime.",
        BEN,
        ["ipl", "sun damage", "rosacea", "pigmentation"],
        [("Sessions", "3–5"), ("Downtime", "None to 2 days")],
        [("Is IPL a laser?", "No: it uses a broad spectrum of light rather than one wavelength.")],
        [REDNESS, ("Spots darken before they fade", "very_common", "mild", ""), PIGMENT],
        (300, 600),
    ),
    skin(
        "microdermabrasion",
        "Microdermabrasion",
        "A gentle exfoliation that polishes the surface of the skin for a brighter look.",
        CEM,
        ["microdermabrasion", "exfoliation"],
        [("Downtime", "None"), ("Session", "30–40 minutes")],
        [("Will it treat scars?", "Only very shallow ones; deeper scars need other treatments.")],
        [REDNESS],
        (75, 200),
    ),
    skin(
        "hydrafacial",
        "HydraFacial",
        "A machine facial that cleanses, exfoliates and hydrates in one session.",
        ADA,
        ["hydrafacial", "facial", "hydration"],
        [("Downtime", "None"), ("Session", "30–60 minutes")],
        [("How often?", "Monthly, if you like the result.")],
        [REDNESS],
        (150, 300),
    ),
    skin(
        "prp-facial",
        "PRP facial (vampire facial)",
        "Platelet-rich plasma from your own blood is applied during microneedling to aid renewal.",
        BEN,
        ["prp", "microneedling", "skin texture"],
        [("Sessions", "3"), ("Downtime", "1–3 days")],
        [("Is there evidence it works?", "Studies are small; results vary from person to person.")],
        [REDNESS, ("Bruising where blood is taken", "common", "mild", "")],
        (500, 1500),
    ),
    skin(
        "skin-boosters",
        "Skin boosters and injectable moisturisers",
        "Injectable hyaluronic acid spread through the skin improves hydration and fine crêpey lines.",
        CEM,
        ["skin boosters", "hyaluronic acid", "hydration"],
        [("Sessions", "2, a month apart"), ("Results last", "About 6 months")],
        [("Is it a filler?", "It uses similar gel but spreads it thinly rather than adding volume.")],
        [("Small bumps", "very_common", "mild", "Settle within a day or two."), ("Bruising", "common", "mild", "")],
        (300, 700),
    ),
    skin(
        "acne-scar-treatments",
        "Acne scar treatments compared",
        "Which acne scars respond to peels, needling, lasers or filler, and how many sessions they need.",
        ADA,
        ["acne scars", "scars", "laser", "microneedling"],
        [("Sessions", "Usually several"), ("Improvement", "50–75% is a good result")],
        [("Can acne scars be removed completely?", "Rarely; they can usually be improved a great deal.")],
        [REDNESS, PIGMENT],
        (200, 3000),
        extra=[
            conditions(
                "Types of acne scar",
                "cosmetic",
                ("Ice pick scars", "Narrow and deep."),
                ("Boxcar scars", "Broad with sharp edges."),
                ("Rolling scars", "Wave-like, tethered under the skin."),
            )
        ],
    ),
    skin(
        "fractional-co2-laser",
        "Fractional CO2 laser",
        "A strong ablative laser for deep lines and scars, with about a week of downtime.",
        BEN,
        ["co2 laser", "laser resurfacing", "scars"],
        [("Downtime", "7–10 days"), ("Sessions", "1–2")],
        [("Who should avoid it?", "People prone to pigment changes should discuss it carefully first.")],
        [REDNESS, ("Swelling", "very_common", "mild", ""), PIGMENT, INFECTION, SCARRING],
        (1500, 4000),
    ),
    skin(
        "ultherapy",
        "Ultherapy: focused ultrasound lifting",
        "Focused ultrasound heats deep layers to lift the brow, jaw and neck without surgery.",
        CEM,
        ["ultherapy", "ultrasound", "skin tightening"],
        [("Downtime", "None"), ("Results", "Build over 2–3 months")],
        [("Is it painful?", "It can be uncomfortable; pain relief is often offered.")],
        [REDNESS, ("Temporary numbness", "uncommon", "mild", "")],
        (1500, 4500),
    ),
    skin(
        "tattoo-removal",
        "Laser tattoo removal",
        "Laser pulses break ink into particles the body clears; most tattoos need many sessions.",
        ADA,
        ["tattoo removal", "laser"],
        [("Sessions", "6–12, 6–8 weeks apart"), ("Hardest colours", "Green and blue")],
        [("Will it leave a scar?", "Rarely, if aftercare is followed.")],
        [REDNESS, ("Blistering", "common", "mild", ""), PIGMENT, SCARRING],
        (200, 500),
    ),
    skin(
        "rosacea-treatments",
        "Rosacea: treatments that help",
        "Creams, tablets and light treatments calm the redness and spots of rosacea.",
        BEN,
        ["rosacea", "redness", "ipl"],
        [("Curable", "No, but controllable"), ("Triggers", "Heat, alcohol, spicy food")],
        [("Do lasers help rosacea?", "Vascular lasers and IPL reduce visible vessels and flushing.")],
        [REDNESS],
        (300, 600),
        related=["ipl-photofacial"],
    ),
]
