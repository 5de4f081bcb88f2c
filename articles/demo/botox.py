"""The seed page (../shared/seed/botox-guide.txt) recreated as structured blocks, all of its content.

The seed's questions were lost with its accordion headings; they are restored as the questions its
answers reply to. Its wording is kept as written. Site chrome ("Get a Quote", reviews widget, blog
teaser, mission line) is not article content and is left out. The gallery's images are made at load time.
"""

from articles.demo.build import (
    article,
    callout,
    conditions,
    cost,
    facts,
    gallery,
    heading,
    pros_cons,
    qa,
    side_effects,
    table,
    text,
)
from articles.demo.people import BAHAR, INJECTABLES

BOTOX_SLUG = "botox-all-about-it"
GALLERY_IMAGES = ["before-1", "after-1", "before-2", "after-2"]

COSMETIC_AREAS = [
    ("Forehead lines", "To smooth out horizontal lines and wrinkles."),
    ("Crow's feet", "To treat the lines that form around the eyes when smiling or squinting."),
    ("Frown lines", "To treat the vertical lines between the eyebrows that causes a angry or tired look."),
    ("Bunny lines", "To treat the lines that occurs when smiling and takes place on the sides of the nose."),
    ("Lip lines", "To treat the fine lines that form around the lips, also known as smoker's lines."),
    ("Chin dimples", "To treat the dimpling or “orange peel” effect that can occur on the chin."),
    ("Jawline contouring", "For to form a slimmer, more defined appearance."),
]
MEDICAL_CONDITIONS = [
    ("Chronic migraines", "Botox injections can be used to treat chronic migraines in adults."),
    (
        "Muscle spasms",
        "Botox can be used to treat muscle spasms that are caused by cerebral palsy, multiple sclerosis, "
        "and spinal cord injuries.",
    ),
    (
        "Excessive sweating (hyperhidrosis)",
        "Botox injections can be used to treat excessive sweating in the underarms, hands, and feet.",
    ),
    ("Overactive bladder", "In adults who have not responded to other treatments."),
    ("Strabismus (misaligned eyes)", "In adults and children."),
    ("Blepharospasm (involuntary eyelid twitching)", "In adults."),
    ("Cervical dystonia (abnormal head position and neck pain)", "In adults."),
]
SIDE_EFFECTS = [
    ("Pain, swelling, or redness at the injection site", "common", "mild", "Among the most common side effects."),
    ("Headache or flu-like symptoms", "common", "mild", ""),
    ("Drooping of the eyelid or eyebrow", "common", "moderate", ""),
    ("Uneven smile or facial expression", "uncommon", "moderate", ""),
    ("Dry mouth or excessive tearing", "uncommon", "mild", ""),
    ("Difficulty swallowing or breathing", "rare", "severe", "Get medical help at once."),
    ("Allergic reactions, muscle weakness, or vision problems", "very_rare", "severe", "In rare cases."),
]


def botox_article(images):
    """The Botox guide; `images` maps GALLERY_IMAGES names to image ids, and "consent" to the demo consent's."""
    return article(
        BOTOX_SLUG,
        "Botox: all about it",
        "Botox relaxes the muscles that cause fine lines and wrinkles. What it treats, how long it lasts, "
        "side effects, cost, and how it compares with fillers and Dysport.",
        author=BAHAR,
        category=INJECTABLES,
        tags=["botox", "botulinum toxin", "wrinkles", "injectables", "migraine", "hyperhidrosis"],
        written_date="2018-01-01",
        related=["dermal-fillers", "dysport", "baby-botox", "masseter-botox"],
        body=[
            facts(
                ("Results last", "3–6 months"),
                ("Session", "About 40 minutes"),
                ("Cost", "$200–$1,200 or more"),
                ("Downtime", "None"),
                ("Pain", "Little: the area is numbed first"),
                ("Who", "Adults over 18"),
                ("Reversible", "No"),
            ),
            text(
                "Botox; It is the name given to the method that reduces fine lines and wrinkles on the skin "
                "surface and delays the formation of new ones as a result of the injection of a toxin obtained "
                "from the bacteria called “Clostridium Botulinum” and temporarily relaxing / blocking the nerve "
                "endings attached to the muscles."
            ),
            gallery(
                "Botox before & after photos",
                (
                    images["before-1"],
                    images["after-1"],
                    "Botox, forehead lines",
                    "2 weeks",
                    "Demo illustration.",
                    images["consent"],
                ),
                (
                    images["before-2"],
                    images["after-2"],
                    "Botox, crow's feet",
                    "4 weeks",
                    "Demo illustration.",
                    images["consent"],
                ),
            ),
            heading("All about Botox"),
            qa(
                "What is Botox?",
                "Botox is a neurotoxic protein that is derived from a bacterium called Clostridium botulinum and "
                "used to treat multiple health issues including cosmetic treatments.",
                "The cosmetic use of Botox injections is very usual and popular among people over 30 years old. "
                "The aim of Botox injections is to help to reduce the appearance of wrinkles on the skin by "
                "temporarily blocking the nerve signals.",
                "However, Botox can treat multiple health issues in addition to its cosmetic uses, such as muscle "
                "spasms, excessive sweating, migraines, and bladder problems.",
            ),
            qa(
                "Who can get Botox?",
                "Every man and woman older than 18 years olds and have cosmetic or, health problems such as muscle "
                "spasms, excessive sweating, migraines, and bladder problems might want to get Botox treatment.",
            ),
            callout(
                "warning",
                "Pregnancy and breastfeeding",
                "Pregnant or nursing women should wait until they stop breastfeeding.",
            ),
            qa(
                "How does Botox work?",
                "Botox, or botulinum toxin, are the injections that works by blocking the transmission of nerve "
                "signals to muscles. It does this by binding to nerve endings and preventing the release of "
                "acetylcholine, a chemical that signals muscles to contract.",
                "When Botox is injected into specific muscles, the muscles will get relax and by this effect the "
                "appearance of wrinkles and fine lines can be reduced.",
            ),
            qa(
                "What cosmetic conditions can Botox treat?",
                "In cosmetic procedures botox is commonly used to treat wrinkles in the forehead, crow's feet "
                "around the eyes, and frown lines between the eyebrows.",
                "Some of the cosmetic conditions that can be treated with Botox include:",
            ),
            conditions("Cosmetic conditions treated with Botox", "cosmetic", *COSMETIC_AREAS),
            conditions(
                "Medical conditions treated with Botox",
                "medical",
                *MEDICAL_CONDITIONS,
            ),
            qa(
                "Can Botox help with pain?",
                "Yes, Botox can help to reduce pain caused by certain medical conditions. The way Botox works is to "
                "block muscle contractions that causes muscle spasms or other conditions.",
                "Chronic migraine headaches, muscle spasms and pain associated with conditions such as cerebral "
                "palsy, multiple sclerosis, and spinal cord injuries can be treated by Botox.",
            ),
            qa(
                "Is Botox safe?",
                "Botox is generally considered safe. However, it's essential to get Botox injections from a "
                "qualified and experienced healthcare professional who follows the recommended dosage and "
                "injection techniques.",
                "People who have certain medical conditions or take specific medications may not be good "
                "candidates for Botox, so it's essential to discuss your medical history with your healthcare "
                "provider before getting the treatment.",
            ),
            qa(
                "How long does Botox last?",
                "When injected in small amounts into specific muscles, Botox can temporarily paralyze those "
                "muscles and reduce the appearance of wrinkles or fine lines on the face or neck.",
                "The effects of Botox typically last between three to six months, after which time the treated "
                "muscles will gradually regain their ability to contract.",
            ),
            qa(
                "Does Botox help with migraines?",
                "When painkillers and other treatment options are useless for migraine, Botox injections may help "
                "reduce migraine pain. Botox injections weaken the muscles by blocking nerve signals.",
                "Botox injections are administered to specific areas of the head and neck, including the forehead, "
                "temples, back of the head, and neck.",
                "The injections are typically given every 12 weeks, and the effects can last up to three months. "
                "Some people may begin to see improvement in their migraines within a few weeks of the first "
                "treatment, while others may require multiple treatments before they see a significant "
                "improvement.",
            ),
            qa(
                "Can I get Botox while pregnant or breastfeeding?",
                "The safety of Botox during pregnancy and breastfeeding has not been established through clinical "
                "trials, and there is a theoretical risk of harm to the developing fetus or newborn.",
                "It's generally best to avoid Botox injections during pregnancy and breastfeeding, as the risks "
                "and safety of the treatment in these situations are not well understood.",
                "Botox injections are usually administered to specific areas of the body, such as the face or "
                "neck, and it's not known how much of the drug can enter breast milk.",
                "Additionally, Botox may cause muscle weakness or other side effects, which can affect the ability "
                "of a nursing infant to breastfeed.",
            ),
            qa(
                "What are the side effects of Botox?",
                "Botox injections are less invasive, and the risk of occurring side effects is low. If you choose a "
                "well-known doctor who knows the procedure, you can have satisfying results. Pain, swelling and "
                "bruising are the most common side effects.",
            ),
            side_effects(
                *SIDE_EFFECTS,
                intro="Like any medication, Botox can cause side effects, including:",
            ),
            qa(
                "How much does Botox cost?",
                "The cost of Botox changes due to several factors, including the provider's experience and "
                "location, the number of units of Botox used, and the treatment area.",
                "In general, Botox is priced per unit, and the number of units needed can vary depending on the "
                "individual's goals and the area being treated.",
                "The average cost of Botox range from $200 to $1200 or more, depending on the factors mentioned above.",
            ),
            cost(
                "USD",
                200,
                1200,
                "per_session",
                "Average cost, or more, depending on the provider's experience and location, the number of units "
                "used and the treatment area. Botox is priced per unit.",
            ),
            qa(
                "Does Botox hurt?",
                "Doctors numb the area before they do the Botox injections. The numbing creams stop nerves from "
                "sending pain signals to the brain. Patients generally feel no pain when the doctors do the "
                "injections.",
            ),
            qa(
                "Can Botox be reversed?",
                "There is no chance to reverse Botox injections. If you don't like Botox results, you have to wait "
                "until the Botox injection goes away from your face.",
            ),
            qa(
                "What is hair Botox?",
                "Hair Botox is a restorative hair treatment that repairs damaged hair by coating the fiber of your "
                "hair with a filler. The results of hair Botox are not permanent.",
            ),
            qa(
                "What if I don't like my Botox results?",
                "There is no chance to reverse Botox injections. If you don't like Botox results, you have to wait "
                "until the Botox injection goes away from your face.",
            ),
            heading("Pros and cons of Botox"),
            pros_cons(
                [
                    "Botox treatments are easy to apply, and doctors do the injections in the office or clinic.",
                    "A session takes about 40 minutes.",
                    "Botox injections can treat many things and reduce the signs of ageing.",
                    "There is no downtime after getting injections.",
                ],
                [
                    "The results are not permanent.",
                    "Overuse of the injections may cause a frozen face which prevents certain facial expressions "
                    "such as smiling and frowning.",
                ],
            ),
            qa(
                "Botox or dermal fillers: which is better?",
                "Both Botox injections and dermal fillers help reduce the ageing process. The wrinkles and lines on "
                "your face require different approaches. Your doctor will decide which treatment is better for your "
                "skin problems.",
            ),
            qa(
                "What is the difference between Botox and Dysport?",
                "Dysport is another protein derived from the same bacterium as Botox. Dysport has a higher "
                "diffusion rate compared to Botox. Because of this, it is a better solution for forehead lines.",
                "The results of both treatments last 4 to 6 months. There is no significant difference between the "
                "two brands.",
            ),
            table(
                "Botox vs Dysport",
                ["Botox", "Dysport"],
                [
                    ("Source", "Clostridium botulinum", "The same bacterium as Botox"),
                    ("Diffusion", "Lower", "Higher diffusion rate than Botox"),
                    ("Forehead lines", "Treats them", "A better solution, thanks to its diffusion"),
                    ("Results last", "4 to 6 months", "4 to 6 months"),
                ],
                note="There is no significant difference between the two brands.",
            ),
            qa(
                "What is baby Botox?",
                "Baby Botox is the same treatment as traditional Botox. The difference is the dosage of injections, "
                "which is smaller in Baby Botox. The results of baby Botox are much more natural than the results "
                "of usual Botox.",
            ),
            qa(
                "What else can Botox do?",
                "Botox is a very preferred cosmetic procedure. Botox injections can treat the lines between "
                "eyebrows and other facial wrinkles.",
                "A masseter Botox, also known as jaw Botox, can reshape the chin and treat teeth grinding. Botox lip "
                "flip, Botox brow lift, and Botox under eyes are common treatments that Botox injections can do.",
                "Even though it is a popular cosmetic procedure, Botox can treat much more than facial wrinkles. "
                "Doctors can treat excessive sweating, lazy eye syndrome, neck spasms, eyelid spasms and migraine "
                "with Botox injections.",
            ),
        ],
    )
