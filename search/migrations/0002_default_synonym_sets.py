"""Seeds the medical synonym sets the guide starts with; editors change them in the admin afterwards."""

from django.db import migrations

DEFAULT_SETS = {
    "Botulinum toxin A": "botox\nbotulinum toxin\nonabotulinumtoxinA\nanti-wrinkle injections",
    "Dysport": "dysport\nabobotulinumtoxinA",
    "Xeomin": "xeomin\nincobotulinumtoxinA",
    "Crow's feet": "crow's feet\nlateral canthal lines\neye wrinkles",
    "Frown lines": "frown lines\nglabellar lines\nelevens\n11 lines",
    "Forehead lines": "forehead lines\nhorizontal forehead lines\nforehead wrinkles",
    "Excessive sweating": "excessive sweating\nhyperhidrosis",
    "Dermal fillers": "dermal fillers\nfillers\nhyaluronic acid fillers\nha fillers",
    "Lip fillers": "lip fillers\nlip augmentation\nlip injections",
    "Teeth grinding": "teeth grinding\nbruxism\njaw clenching",
    "Migraine": "migraine\nchronic migraine",
    "Droopy eyelid": "droopy eyelid\nptosis\neyelid drooping",
    "Gummy smile": "gummy smile\nexcessive gingival display",
}


def seed(apps, schema_editor):
    SynonymSet = apps.get_model("search", "SynonymSet")
    for name, terms in DEFAULT_SETS.items():
        SynonymSet.objects.get_or_create(name=name, defaults={"terms": terms})


def unseed(apps, schema_editor):
    apps.get_model("search", "SynonymSet").objects.filter(name__in=DEFAULT_SETS).delete()


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [migrations.RunPython(seed, unseed)]
