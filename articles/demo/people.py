"""The people and categories of the demo content. Personas' names say they are demo accounts."""

from datetime import date

# The seed page's own byline (../shared/seed/botox-guide.txt).
BAHAR = {
    "slug": "bahar-ozbal",
    "name": "Bahar Ozbal",
    "credentials": "",
    "job_title": "Health writer",
    "bio": "Writes about aesthetic treatments.",
}
ZAHIDE = {
    "slug": "zahide-eris",
    "name": "Zahide Eris",
    "credentials": "MD",
    "job_title": "Medical reviewer",
    "bio": "Medical reviewer of the Botox guide.",
}
ZAHIDE_REVIEWER = {"specialty": "Dermatology", "licence_number": "DEMO-ZE-0001"}

ADA = {
    "slug": "demo-author-ada",
    "name": "Demo Author Ada",
    "credentials": "",
    "job_title": "Demo health writer",
    "bio": "A demo persona: not a real person.",
}
BEN = {**ADA, "slug": "demo-author-ben", "name": "Demo Author Ben"}
CEM = {**ADA, "slug": "demo-author-cem", "name": "Demo Author Cem"}
DANA = {
    "slug": "demo-reviewer-dana",
    "name": "Demo Reviewer Dana",
    "credentials": "MD",
    "job_title": "Demo medical reviewer",
    "bio": "A demo persona: not a real person.",
}
DANA_REVIEWER = {"specialty": "Dermatology", "licence_number": "DEMO-0002"}

# Reviewers get linked to the demo reviewer accounts so the review workflow has someone to sign off.
REVIEWERS = [(ZAHIDE, ZAHIDE_REVIEWER, "reviewer"), (DANA, DANA_REVIEWER, "reviewer2")]
REVIEWER_VERIFIED_UNTIL = date(2099, 12, 31)

INJECTABLES = {"slug": "injectables", "name": "Injectables"}
SKIN = {"slug": "skin-treatments", "name": "Skin treatments"}
MEDICAL = {"slug": "medical-uses", "name": "Medical uses"}
BODY = {"slug": "body-and-hair", "name": "Body and hair"}
