"""Realistic article content for the benchmark corpus, generated deterministically from a seed.

Each article has the block mix of the demo guide ("Botox: all about it"): headings and text, quick facts, eight
to twelve questions with answers, pros and cons, side effects, a comparison table, a cost range, treatable
conditions, a warning callout and references; about 2,000 words, like a real guide. Titles combine a treatment
with an angle and a place so 10,000 articles stay distinct and search queries have realistic hit counts.
No before-and-after gallery: it needs consented patient photos, which belong to the images suite.
"""

import random
from dataclasses import dataclass

TREATMENTS = [
    "Botox", "Dermal fillers", "Laser hair removal", "Chemical peel", "Microneedling", "Rhinoplasty",
    "Hair transplant", "Lip fillers", "Teeth whitening", "Dental implants", "LASIK eye surgery", "Liposuction",
    "Tummy tuck", "Breast augmentation", "Facelift", "Blepharoplasty", "Coolsculpting", "HydraFacial",
    "Tattoo removal", "Varicose vein treatment", "Acne scar treatment", "PRP therapy", "Thread lift",
    "Chin augmentation", "Ear pinning", "Gastric sleeve", "Invisalign", "Veneers", "Root canal treatment",
    "Cataract surgery", "Knee replacement", "Hip replacement", "Physiotherapy for back pain", "IVF",
    "Migraine injections", "Sweat gland treatment", "Mole removal", "Rosacea laser therapy", "Psoriasis light therapy",
    "Eczema treatment", "Hyaluronic acid injections", "Jawline contouring", "Skin tightening", "Fractional laser",
    "Dysport", "Xeomin", "Sculptra", "Kybella", "Hair loss medication", "Minoxidil",
]  # fmt: skip
ANGLES = [
    "all about it", "costs, risks and recovery", "what to expect", "side effects explained", "before you book",
    "results and aftercare", "alternatives compared", "questions to ask your doctor", "safety and evidence",
    "a guide for first-timers",
]  # fmt: skip
PLACES = [
    "", "in London", "in Istanbul", "in Berlin", "in Madrid", "in Dublin", "in Warsaw", "in Prague",
    "in Lisbon", "in Vienna", "in Athens", "in Budapest", "in Zurich", "in Milan", "in Amsterdam",
    "in Brussels", "in Copenhagen", "in Oslo", "in Stockholm", "in Helsinki",
]  # fmt: skip
AREAS = [
    "Forehead lines", "Crow's feet", "Frown lines", "Bunny lines", "Gummy smile", "Neck bands", "Jawline",
    "Under-eye hollows", "Nasolabial folds", "Marionette lines", "Chronic migraine", "Excessive sweating",
    "Teeth grinding", "Overactive bladder", "Muscle spasms", "Scalp thinning", "Acne scars", "Sun damage",
]  # fmt: skip
EFFECTS = [
    "Pain, swelling or redness at the injection site", "Headache", "Bruising", "Drooping eyelid", "Dry eyes",
    "Flu-like symptoms", "Temporary numbness", "Itching", "Infection", "Scarring", "Allergic reaction",
    "Difficulty swallowing or breathing", "Uneven results", "Hair shedding", "Skin discolouration",
]  # fmt: skip
_WORDS_TEXT = (
    "treatment patient doctor clinic session result effect skin muscle injection dose recovery risk benefit "
    "evidence study trial review safety consultation procedure anaesthetic healing swelling bruising week month "
    "year cost price provider qualified specialist dermatologist surgeon nurse licence regulation guidance "
    "appointment follow-up aftercare sunscreen moisturiser exercise alcohol pregnancy breastfeeding medication "
    "allergy history condition symptom improvement outcome satisfaction natural appearance gradual permanent "
    "temporary repeat maintenance protein toxin filler collagen elastin laser energy heat light wavelength "
    "scalp follicle graft donor implant bone gum enamel lens cornea joint cartilage"
)
WORDS = _WORDS_TEXT.split()
PUBLISHERS = [
    "U.S. Food and Drug Administration", "National Health Service", "British Association of Dermatologists",
    "Journal of the American Academy of Dermatology", "The Lancet", "BMJ", "Cochrane Database of Systematic Reviews",
    "European Medicines Agency", "American Society of Plastic Surgeons", "JAMA Dermatology",
]  # fmt: skip
CURRENCIES = ["USD", "EUR", "GBP", "TRY", "CHF", "PLN"]
FREQUENCIES = ["very_common", "common", "uncommon", "rare", "very_rare"]


@dataclass(frozen=True)
class ArticleContent:
    title: str
    slug: str
    summary: str
    body: list  # raw StreamField data: [{"type": ..., "value": ...}, ...]
    treatment: str


def _sentence(rng, words=None):
    words = words or rng.randint(10, 22)
    text = " ".join(rng.choices(WORDS, k=words))
    return text[0].upper() + text[1:] + "."


def _paragraphs(rng, count, treatment):
    paragraphs = []
    for _ in range(count):
        sentences = [_sentence(rng) for _ in range(rng.randint(3, 6))]
        sentences.insert(rng.randrange(len(sentences)), f"{treatment} is often discussed in this context.")
        paragraphs.append(f"<p>{' '.join(sentences)}</p>")
    return "".join(paragraphs)


def title_for(index):
    """Distinct titles: treatment x angle x place covers 10,000 before repeating (a suffix keeps them unique)."""
    treatment = TREATMENTS[index % len(TREATMENTS)]
    rest = index // len(TREATMENTS)
    angle = ANGLES[rest % len(ANGLES)]
    place = PLACES[(rest // len(ANGLES)) % len(PLACES)]
    cycle = rest // (len(ANGLES) * len(PLACES))
    title = f"{treatment}: {angle}" + (f" {place}" if place else "")
    return (f"{title} ({cycle + 1})" if cycle else title), treatment


def _question_answers(rng, treatment, count, references):
    questions = [
        f"How long does {treatment.lower()} last?", f"Is {treatment.lower()} safe?", "Does it hurt?",
        f"How much does {treatment.lower()} cost?", "How long is the recovery?", "Who should not have it?",
        "When will I see results?", "Can it be combined with other treatments?", "What are the alternatives?",
        "How do I choose a provider?", "What happens at the consultation?", "Can it go wrong?",
    ]  # fmt: skip
    return [
        {
            "type": "question_answer",
            "value": {
                "question": question,
                "answer": _paragraphs(rng, rng.randint(1, 2), treatment),
                "cites": sorted(rng.sample(range(1, references + 1), k=rng.randint(0, 2))),
            },
        }
        for question in questions[:count]
    ]


def _facts_and_tables(rng, treatment):
    minimum = rng.randint(1, 20) * 50
    return [
        {
            "type": "quick_facts",
            "value": {
                "title": "Quick facts",
                "facts": [
                    {"label": "Results last", "value": f"{rng.randint(2, 6)}–{rng.randint(7, 24)} months"},
                    {"label": "Session", "value": f"{rng.choice([20, 30, 40, 60, 90])} minutes"},
                    {"label": "Back to work", "value": rng.choice(["Same day", "2–3 days", "1 week", "2 weeks"])},
                    {"label": "Anaesthetic", "value": rng.choice(["None", "Numbing cream", "Local", "General"])},
                ],
            },
        },
        {
            "type": "comparison_table",
            "value": {
                "title": f"{treatment} compared",
                "items": [treatment, rng.choice(TREATMENTS[:25]) + " (alternative)"],
                "rows": [
                    {"attribute": "Results last", "cells": ["3–6 months", "6–12 months"]},
                    {"attribute": "Downtime", "cells": ["None", "A few days"]},
                    {"attribute": "Typical cost", "cells": ["Moderate", "Higher"]},
                ],
                "note": "",
            },
        },
        {
            "type": "cost_range",
            "value": {
                "currency": rng.choice(CURRENCIES),
                "minimum": f"{minimum}.00",
                "maximum": f"{minimum * rng.randint(2, 5)}.00",
                "unit": rng.choice(["per_unit", "per_area", "per_session", "per_course"]),
                "note": "Depends on the provider and the area treated.",
            },
        },
    ]


def _lists(rng, treatment):
    effects = rng.sample(EFFECTS, k=rng.randint(3, 6))
    areas = rng.sample(AREAS, k=rng.randint(3, 6))
    return [
        {
            "type": "pros_cons",
            "value": {
                "pros": [_sentence(rng, 8) for _ in range(rng.randint(2, 4))],
                "cons": [_sentence(rng, 8) for _ in range(rng.randint(2, 4))],
            },
        },
        {
            "type": "side_effects",
            "value": {
                "intro": f"Like any treatment, {treatment.lower()} can cause side effects.",
                "effects": [
                    {
                        "effect": effect,
                        "frequency": rng.choice(FREQUENCIES),
                        "severity": rng.choice(["mild", "moderate", "severe"]),
                        "note": "",
                    }
                    for effect in effects
                ],
            },
        },
        {
            "type": "treatable_conditions",
            "value": {
                "title": f"What {treatment.lower()} is used for",
                "kind": rng.choice(["cosmetic", "medical"]),
                "conditions": [{"name": area, "description": _sentence(rng, 8)} for area in areas],
            },
        },
    ]


def body_for(rng, treatment):
    references = rng.randint(3, 6)
    body = [
        {"type": "heading", "value": {"text": f"What is {treatment.lower()}", "level": "h2"}},
        {"type": "rich_text", "value": _paragraphs(rng, rng.randint(3, 5), treatment)},
        *_facts_and_tables(rng, treatment)[:1],
        {"type": "heading", "value": {"text": "Benefits and drawbacks", "level": "h2"}},
        *_lists(rng, treatment),
        {"type": "heading", "value": {"text": "Questions readers ask", "level": "h2"}},
        *_question_answers(rng, treatment, rng.randint(8, 12), references),
        *_facts_and_tables(rng, treatment)[1:],
        {
            "type": "callout",
            "value": {
                "style": "warning",
                "title": "Pregnancy and breastfeeding",
                "text": "<p>Wait until you have stopped breastfeeding before having this treatment.</p>",
            },
        },
        {"type": "rich_text", "value": _paragraphs(rng, rng.randint(2, 4), treatment)},
        {
            "type": "references",
            "value": {
                "references": [
                    {
                        "title": f"{treatment}: {_sentence(rng, 6)[:-1]}",
                        "publisher": rng.choice(PUBLISHERS),
                        "url": f"https://example.org/evidence/{rng.randint(1000, 9999)}",
                        "year": rng.randint(2005, 2025),
                    }
                    for _ in range(references)
                ]
            },
        },
    ]
    return body


def article(index, seed=2026):
    """The content of corpus article number `index`; the same index always gives the same article."""
    rng = random.Random(seed * 1_000_003 + index)  # noqa: S311 - reproducible test data, not secrets
    title, treatment = title_for(index)
    summary = f"{treatment}: {_sentence(rng, 18)} {_sentence(rng, 12)}"[:300]
    return ArticleContent(title=title, slug=f"bench-{index:05d}", summary=summary, body=body_for(rng, treatment),
                          treatment=treatment)  # fmt: skip
