"""Demo articles about injectables: toxins and fillers. Written by demo personas for the demo site."""

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
    text,
)
from articles.demo.people import ADA, BEN, CEM, INJECTABLES

NHS_COSMETIC = ("Cosmetic procedures", "NHS", "https://www.nhs.uk/conditions/cosmetic-procedures/", 2023)
FDA_FILLERS = (
    "Dermal fillers (soft tissue fillers)",
    "U.S. Food and Drug Administration",
    "https://www.fda.gov/",
    2023,
)
BRUISING = ("Bruising or swelling", "very_common", "mild", "Settles within a week.")


def toxin(slug, title, summary, author, tags, facts_rows, questions, extra=(), related=()):
    """A botulinum toxin treatment: quick facts, questions, the usual side effects, cost."""
    body = [
        facts(*facts_rows),
        *[qa(question, *answer) for question, *answer in questions],
        side_effects(
            ("Pain or redness where injected", "common", "mild", ""),
            ("Headache", "common", "mild", "Usually gone within a day or two."),
            ("Drooping eyelid or brow", "uncommon", "moderate", "Wears off as the toxin does."),
        ),
        *extra,
    ]
    return article(slug, title, summary, author=author, category=INJECTABLES, tags=tags, body=body, related=related)


def filler(slug, title, summary, author, tags, facts_rows, questions, low, high, extra=(), related=()):
    """A dermal filler treatment: quick facts, questions, filler side effects, cost per syringe."""
    body = [
        facts(*facts_rows),
        *[qa(question, *answer) for question, *answer in questions],
        side_effects(
            BRUISING,
            ("Lumps or unevenness", "uncommon", "mild", "Often massaged out or dissolved."),
            ("Blocked blood vessel", "very_rare", "severe", "Needs urgent treatment by the injector."),
            intro="Most side effects of fillers are mild and short-lived.",
        ),
        cost("USD", low, high, "per_session", "Usually priced per syringe; results need top-ups."),
        *extra,
        references(FDA_FILLERS),
    ]
    return article(slug, title, summary, author=author, category=INJECTABLES, tags=tags, body=body, related=related)


ARTICLES = [
    filler(
        "dermal-fillers",
        "Dermal fillers: what they do and how long they last",
        "Dermal fillers restore volume and soften folds. Types, how long they last, risks and how they differ "
        "from Botox.",
        ADA,
        ["dermal fillers", "hyaluronic acid", "injectables", "volume"],
        [("Results last", "6–18 months"), ("Session", "30–60 minutes"), ("Downtime", "1–2 days of swelling")],
        [
            ("What are dermal fillers?", "Gels injected under the skin to add volume, most often hyaluronic acid."),
            ("How are fillers different from Botox?", "Botox relaxes muscles; fillers fill lines and hollows."),
        ],
        600,
        1500,
        extra=[
            table(
                "Botox vs dermal fillers",
                ["Botox", "Dermal fillers"],
                [
                    ("How it works", "Relaxes the muscle", "Adds volume under the skin"),
                    ("Best for", "Lines that come with expression", "Lines at rest, lost volume"),
                    ("Results last", "3–6 months", "6–18 months"),
                    ("Reversible", "No", "Hyaluronic acid fillers can be dissolved"),
                ],
            )
        ],
        related=["lip-fillers", "cheek-fillers", "dissolving-filler"],
    ),
    toxin(
        "dysport",
        "Dysport: how it compares with Botox",
        "Dysport is a botulinum toxin like Botox that spreads a little further, which suits broad areas such as "
        "the forehead.",
        BEN,
        ["dysport", "botulinum toxin", "wrinkles"],
        [("Results last", "4–6 months"), ("Session", "15–30 minutes"), ("Onset", "2–3 days")],
        [
            ("What is Dysport?", "A botulinum toxin type A made by a different company from Botox."),
            ("Is Dysport better than Botox?", "Neither is better overall; Dysport diffuses more, so it spreads wider."),
        ],
        extra=[cost("USD", 300, 900, "per_area")],
        related=["xeomin", "jeuveau"],
    ),
    toxin(
        "baby-botox",
        "Baby Botox: smaller doses for a natural look",
        "Baby Botox uses smaller doses of the same toxin to soften lines while keeping expression.",
        CEM,
        ["baby botox", "botox", "prevention"],
        [("Results last", "2–4 months"), ("Session", "About 20 minutes"), ("Downtime", "None")],
        [
            ("What is baby Botox?", "The same treatment as Botox with a smaller dose in each point."),
            ("Who is it for?", "People who want subtle results or are starting treatment young."),
        ],
        extra=[pros_cons(["More natural movement", "Lower cost per visit"], ["Wears off sooner"])],
    ),
    toxin(
        "masseter-botox",
        "Masseter Botox for jaw slimming and teeth grinding",
        "Injections into the masseter muscle slim a square jaw and ease clenching and grinding.",
        ADA,
        ["masseter botox", "jaw botox", "bruxism", "jawline"],
        [("Results last", "4–6 months"), ("Full effect", "6–8 weeks"), ("Session", "About 15 minutes")],
        [
            ("What does masseter Botox do?", "It relaxes the chewing muscle so the jaw looks slimmer."),
            ("Does it help teeth grinding?", "Yes: weaker clenching means less grinding and less jaw pain."),
        ],
        extra=[cost("USD", 400, 1000, "per_session")],
        related=["bruxism", "tmj-botox"],
    ),
    toxin(
        "lip-flip",
        "Lip flip: Botox for a fuller-looking upper lip",
        "A few units of toxin above the lip roll it slightly outwards, without filler.",
        BEN,
        ["lip flip", "botox", "lips"],
        [("Results last", "2–3 months"), ("Session", "About 10 minutes"), ("Units", "4–6")],
        [
            ("What is a lip flip?", "Small doses relax the muscle around the mouth so the lip turns out."),
            ("Lip flip or lip filler?", "A flip shows more lip; filler adds volume. They can be combined."),
        ],
        extra=[callout("info", "Drinking through a straw", "<em>For a few days</em> it may feel harder to purse.")],
        related=["lip-fillers"],
    ),
    toxin(
        "xeomin",
        "Xeomin: the 'naked' botulinum toxin",
        "Xeomin is a botulinum toxin without accessory proteins, used for the same lines as Botox.",
        CEM,
        ["xeomin", "botulinum toxin"],
        [("Results last", "3–4 months"), ("Storage", "Room temperature before mixing")],
        [
            ("How is Xeomin different?", "It contains only the active toxin, without complexing proteins."),
            ("Can I switch from Botox?", "Yes; your injector will adjust the dose."),
        ],
    ),
    toxin(
        "jeuveau",
        "Jeuveau for frown lines",
        "Jeuveau is a botulinum toxin approved for frown lines between the eyebrows.",
        ADA,
        ["jeuveau", "botulinum toxin", "frown lines"],
        [("Approved for", "Frown lines"), ("Results last", "3–4 months")],
        [("What is Jeuveau used for?", "Cosmetic treatment of the vertical lines between the eyebrows.")],
    ),
    toxin(
        "gummy-smile-botox",
        "Botox for a gummy smile",
        "Small doses near the nose relax the muscle that lifts the upper lip, showing less gum.",
        BEN,
        ["gummy smile", "botox", "lips"],
        [("Results last", "3–4 months"), ("Units", "2–4 per side")],
        [("How does it work?", "It weakens the lip-lifting muscle so the lip rises less when you smile.")],
    ),
    filler(
        "lip-fillers",
        "Lip fillers: volume, shape and what to expect",
        "Hyaluronic acid lip fillers add volume and definition; swelling settles in about two weeks.",
        CEM,
        ["lip fillers", "dermal fillers", "lips"],
        [("Results last", "6–12 months"), ("Swelling", "Up to 2 weeks"), ("Session", "About 30 minutes")],
        [
            ("How much filler will I need?", "Often half to one syringe for a natural result."),
            ("Does it hurt?", "Fillers contain a local anaesthetic and a numbing cream is used first."),
        ],
        500,
        1000,
        related=["lip-flip", "dissolving-filler"],
    ),
    filler(
        "cheek-fillers",
        "Cheek fillers to restore lost volume",
        "Fillers over the cheekbones lift the mid-face and soften the folds beneath.",
        ADA,
        ["cheek fillers", "dermal fillers", "volume"],
        [("Results last", "12–18 months"), ("Session", "About 45 minutes")],
        [("Who are cheek fillers for?", "People whose cheeks have flattened with age or weight loss.")],
        700,
        1600,
    ),
    filler(
        "tear-trough-filler",
        "Tear trough filler for hollow under-eyes",
        "Careful filler under the eyes softens hollows and dark shadows; it needs an experienced injector.",
        BEN,
        ["tear trough", "under eyes", "dermal fillers"],
        [("Results last", "9–12 months"), ("Session", "About 30 minutes")],
        [("Is it safe?", "In experienced hands; the area is delicate and swelling can linger.")],
        600,
        1200,
        extra=[callout("warning", "Choose an experienced injector", "The under-eye area has fragile vessels.")],
    ),
    filler(
        "jawline-filler",
        "Jawline filler for definition",
        "Filler along the jaw sharpens its line and balances the chin.",
        CEM,
        ["jawline", "dermal fillers", "contouring"],
        [("Results last", "12–18 months"), ("Syringes", "Often 2–4")],
        [("Filler or masseter Botox?", "Filler adds definition; Botox slims a bulky muscle.")],
        1000,
        3000,
        related=["masseter-botox"],
    ),
    filler(
        "non-surgical-nose-job",
        "Non-surgical nose job (liquid rhinoplasty)",
        "Filler can smooth a bump or lift the tip of the nose without surgery; it cannot make a nose smaller.",
        ADA,
        ["liquid rhinoplasty", "nose", "dermal fillers"],
        [("Results last", "9–18 months"), ("Session", "About 30 minutes"), ("Downtime", "None to minimal")],
        [("Can it make my nose smaller?", "No. It changes the outline by adding volume where it is needed.")],
        600,
        1500,
    ),
    filler(
        "sculptra",
        "Sculptra: a collagen stimulator",
        "Sculptra (poly-L-lactic acid) builds volume gradually by prompting your own collagen.",
        BEN,
        ["sculptra", "collagen", "volume"],
        [("Results last", "Up to 2 years"), ("Sessions", "2–3, a month apart")],
        [("How quickly will I see results?", "Gradually, over two to three months as collagen forms.")],
        800,
        1200,
    ),
    article(
        "dissolving-filler",
        "Dissolving filler with hyaluronidase",
        "Hyaluronic acid filler can be dissolved with an enzyme, to correct lumps or treat a blocked vessel.",
        author=CEM,
        category=INJECTABLES,
        tags=["hyaluronidase", "dermal fillers", "complications"],
        body=[
            text("Hyaluronidase is an enzyme that breaks down hyaluronic acid filler within a day or two."),
            facts(("Works within", "24–48 hours"), ("Works on", "Hyaluronic acid fillers only")),
            qa(
                "When is filler dissolved?", "For lumps, migration, an unwanted look, or urgently for a blocked vessel."
            ),
            conditions(
                "Reasons to dissolve filler",
                "cosmetic",
                ("Lumps or nodules",),
                ("Filler that has moved",),
                ("Overfilled look",),
            ),
            callout("warning", "Blanching or severe pain after filler", "Contact your injector at once."),
            references(NHS_COSMETIC),
        ],
    ),
]
