import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from cms.api.schemas import body_block_schemas

SCHEMA_DIR = Path(settings.BASE_DIR) / "docs" / "schemas" / "blocks"


def schema_text(schema):
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


class Command(BaseCommand):
    help = "Writes the JSON Schema of each article body block to docs/schemas/blocks/ (run after changing a block)."

    def handle(self, *args, **options):
        SCHEMA_DIR.mkdir(parents=True, exist_ok=True)
        for name, schema in body_block_schemas().items():
            (SCHEMA_DIR / f"{name}.json").write_text(schema_text(schema), encoding="utf-8")
        self.stdout.write(f"wrote {len(body_block_schemas())} schemas to {SCHEMA_DIR}")
