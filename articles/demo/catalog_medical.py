"""Demo articles about medical uses of botulinum toxin and body treatments. Written by demo personas."""

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
from articles.demo.people import ADA, BEN, BODY, CEM, MEDICAL

NHS_BOTOX = ("Botulinum toxin treatments", "NHS", "https://www.nhs.uk/", 2023)
NICE_MIGRAINE = (
    "Botulinum toxin type A for the prevention of headaches in adults with chronic migraine (TA260)",
    "NICE",
    "https://www.nice.org.uk/guidance/ta260",
    2012,
)
WEAKNESS = ("Weakness of nearby muscles", "uncommon", "moderate", "Wears off with the toxin.")
SORENESS = ("Soreness where injected", "common", "mild", "")


def medical(slug, title, summary, author, tags, facts_rows, questions, effects, extra=(), related=(), cites=()):
    """A medical use: facts, questions (citing the references), side effects, and a references block."""
    body = [
        facts(*facts_rows),
        *[qa(question, *answer, cites=cites) for question, *answer in questions],
        side_effects(*effects),
        *extra,
        references(NHS_BOTOX, NICE_MIGRAINE),
    ]
    return article(slug, title, summary, author=author, category=MEDICAL, tags=tags, body=body, related=related)


def body_treatment(slug, title, summary, author, tags, facts_rows, questions, effects, price, extra=()):
    body = [
        facts(*facts_rows),
        *[qa(question, *answer) for question, *answer in questions],
        side_effects(*effects),
        cost("USD", *price),
        *extra,
    ]
    return article(slug, title, summary, author=author, category=BODY, tags=tags, body=body)


ARTICLES = [
    medical(
        "hyperhidrosis",
        "Botox for excessive sweating (hyperhidrosis)",
        "Botox blocks the nerves that switch on sweat glands, reducing underarm sweating for months.",
        CEM,
        ["hyperhidrosis", "sweating", "botox"],
        [("Results last", "4–12 months"), ("Areas", "Underarms, hands, feet"), ("Session", "About 30 minutes")],
        [
            ("How does Botox stop sweating?", "It blocks the nerve signal that tells sweat glands to work."),
            ("Is it painful on the hands?", "Palms are sensitive; nerve blocks or numbing are often used."),
        ],
        [SORENESS, ("Sweating elsewhere", "uncommon", "mild", "")],
        extra=[
            cost("USD", 1000, 1500, "per_area", "Often covered by insurance when other treatments failed."),
            pros_cons(["Works for months", "Quick to do"], ["Needs repeating", "Hands can feel weak"]),
        ],
    ),
    medical(
        "migraine-botox",
        "Botox for chronic migraine",
        "For chronic migraine, 31 or more small injections every 12 weeks can cut the number of headache days.",
        ADA,
        ["migraine", "headache", "botox"],
        [("Who", "15+ headache days a month"), ("Injections", "31–39 sites"), ("Repeat", "Every 12 weeks")],
        [
            ("Who can get Botox for migraine?", "Adults with chronic migraine when preventive tablets have failed."),
            ("When will it work?", "Many people notice fewer headache days after the second round."),
        ],
        [SORENESS, ("Neck pain", "common", "mild", ""), ("Drooping eyelid", "uncommon", "moderate", "")],
        cites=[2],
    ),
    medical(
        "bruxism",
        "Botox for teeth grinding (bruxism)",
        "Injections into the jaw muscles reduce the force of grinding and the jaw pain it causes.",
        BEN,
        ["bruxism", "teeth grinding", "masseter botox"],
        [("Results last", "3–6 months"), ("Also use", "A night guard")],
        [("Will it stop grinding?", "It reduces the force; the habit itself may continue.")],
        [SORENESS, ("Chewing feels weaker", "common", "mild", "For a few weeks.")],
        related=["masseter-botox", "tmj-botox"],
    ),
    medical(
        "tmj-botox",
        "Botox for jaw joint (TMJ) pain",
        "For some people with jaw joint pain linked to clenching, Botox relaxes the overworked muscles.",
        CEM,
        ["tmj", "jaw pain", "botox"],
        [("Results last", "3–4 months"), ("Evidence", "Mixed")],
        [("Is it approved for TMJ?", "It is used off-label; discuss other treatments first.")],
        [SORENESS, WEAKNESS],
    ),
    medical(
        "overactive-bladder-botox",
        "Botox for overactive bladder",
        "Botox injected into the bladder wall calms urgency and leaks when tablets have not helped.",
        ADA,
        ["overactive bladder", "incontinence", "botox"],
        [("Results last", "6–9 months"), ("Done", "Through a cystoscope")],
        [("Will I need a catheter?", "A few people need to self-catheterise for a while afterwards.")],
        [
            ("Urinary infection", "common", "moderate", ""),
            ("Difficulty emptying the bladder", "common", "moderate", ""),
        ],
    ),
    medical(
        "cervical-dystonia",
        "Botox for cervical dystonia",
        "Botox is a first-line treatment for the painful neck spasms of cervical dystonia.",
        BEN,
        ["cervical dystonia", "neck spasms", "botox"],
        [("Repeat", "Every 3 months"), ("Improves", "Pain and head position")],
        [("How soon does it work?", "Within one to two weeks.")],
        [SORENESS, ("Difficulty swallowing", "common", "moderate", "Tell your doctor if it happens.")],
    ),
    medical(
        "blepharospasm",
        "Botox for blepharospasm",
        "Small injections around the eyes stop the involuntary blinking and eyelid closure of blepharospasm.",
        CEM,
        ["blepharospasm", "eyelid twitching", "botox"],
        [("Repeat", "Every 3 months"), ("Works in", "3–5 days")],
        [("Is eyelid twitching always blepharospasm?", "No; brief twitches from tiredness are harmless.")],
        [("Drooping eyelid", "common", "moderate", ""), ("Dry eyes", "common", "mild", "")],
    ),
    medical(
        "spasticity-botox",
        "Botox for spasticity after stroke or in cerebral palsy",
        "Botox eases stiff, tight muscles so that physiotherapy can improve movement.",
        ADA,
        ["spasticity", "cerebral palsy", "stroke", "botox"],
        [("Repeat", "Every 3–4 months"), ("Works best with", "Physiotherapy")],
        [("Why combine it with physiotherapy?", "Relaxed muscles can be stretched and trained more easily.")],
        [SORENESS, WEAKNESS],
        extra=[
            conditions(
                "Conditions with spasticity",
                "medical",
                ("Cerebral palsy",),
                ("Stroke",),
                ("Multiple sclerosis",),
                ("Spinal cord injury",),
            )
        ],
    ),
    body_treatment(
        "kybella",
        "Kybella for a double chin",
        "Deoxycholic acid injections break down fat under the chin over several sessions.",
        BEN,
        ["kybella", "double chin", "fat reduction"],
        [("Sessions", "2–4, a month apart"), ("Swelling", "About a week")],
        [("Is the result permanent?", "Destroyed fat cells do not return, though weight gain can add fat.")],
        [("Swelling and bruising", "very_common", "mild", ""), ("Numbness", "common", "mild", "")],
        (1200, 1800),
    ),
    body_treatment(
        "coolsculpting",
        "CoolSculpting (cryolipolysis)",
        "Controlled cooling freezes and removes stubborn fat pockets without surgery.",
        CEM,
        ["coolsculpting", "cryolipolysis", "fat reduction"],
        [("Fat reduction", "About 20% per area"), ("Results", "After 1–3 months")],
        [("Is it weight loss?", "No: it reshapes small areas and suits people near their target weight.")],
        [
            ("Numbness", "very_common", "mild", "Lasts weeks."),
            ("Paradoxical fat growth", "rare", "moderate", "The area grows instead; needs surgery."),
        ],
        (600, 1200, "per_area"),
        extra=[
            table(
                "CoolSculpting vs liposuction",
                ["CoolSculpting", "Liposuction"],
                [("Surgery", "No", "Yes"), ("Downtime", "None", "1–2 weeks"), ("Fat removed", "Less", "More")],
            )
        ],
    ),
    body_treatment(
        "laser-hair-removal",
        "Laser hair removal",
        "Laser pulses damage hair follicles so that hair grows back finer and sparser.",
        ADA,
        ["laser hair removal", "hair"],
        [("Sessions", "6–8"), ("Best on", "Dark hair")],
        [("Is it permanent?", "It is a long-term reduction; some hair returns and needs top-ups.")],
        [("Redness and bumps", "very_common", "mild", ""), ("Skin colour changes", "uncommon", "moderate", "")],
        (200, 400, "per_area"),
    ),
    body_treatment(
        "thread-lift",
        "Thread lift",
        "Dissolving threads under the skin lift sagging cheeks and jowls for one to two years.",
        BEN,
        ["thread lift", "skin tightening"],
        [("Results last", "1–2 years"), ("Downtime", "3–7 days")],
        [("Is it a facelift?", "No; the lift is smaller and shorter-lived than surgery.")],
        [("Dimpling", "common", "mild", ""), ("Thread showing through the skin", "uncommon", "moderate", "")],
        (1500, 4500),
        extra=[callout("info", "Sleeping after a thread lift", "Sleep on your back for the first week.")],
    ),
    body_treatment(
        "prp-hair-loss",
        "PRP injections for hair loss",
        "Platelet-rich plasma injected into the scalp may thicken thinning hair.",
        CEM,
        ["prp", "hair loss", "hair"],
        [("Sessions", "3, a month apart"), ("Maintenance", "Every 6–12 months")],
        [("Who does it help?", "Mostly people with early pattern hair loss.")],
        [("Scalp tenderness", "common", "mild", "")],
        (500, 1000),
        extra=[text("Results vary; ask for before photos of the clinic's own patients.")],
    ),
]
