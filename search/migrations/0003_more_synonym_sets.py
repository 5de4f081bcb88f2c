"""More medical synonym sets for the treatments the demo guide covers; editors change them in the admin."""

from django.db import migrations

MORE_SETS = {
    "Jeuveau": "jeuveau\nprabotulinumtoxinA",
    "Fat freezing": "cryolipolysis\nfat freezing\ncoolsculpting",
    "Liquid rhinoplasty": "liquid rhinoplasty\nnon-surgical nose job\nnon-surgical rhinoplasty",
    "Vampire facial": "vampire facial\nprp facial",
    "Platelet-rich plasma": "prp\nplatelet-rich plasma",
    "Double chin": "double chin\nsubmental fat",
    "Sun spots": "sun spots\nage spots\nliver spots\nsolar lentigines",
    "Cervical dystonia": "cervical dystonia\nspasmodic torticollis\nneck spasms",
    "Jaw joint": "tmj\ntemporomandibular joint\njaw joint",
}


def seed(apps, schema_editor):
    SynonymSet = apps.get_model("search", "SynonymSet")
    for name, terms in MORE_SETS.items():
        SynonymSet.objects.get_or_create(name=name, defaults={"terms": terms})


def unseed(apps, schema_editor):
    apps.get_model("search", "SynonymSet").objects.filter(name__in=MORE_SETS).delete()


class Migration(migrations.Migration):
    dependencies = [("search", "0002_default_synonym_sets")]

    operations = [migrations.RunPython(seed, unseed)]
