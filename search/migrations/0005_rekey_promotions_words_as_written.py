from django.db import migrations


def rekey_promotions(apps, schema_editor):
    """Keys every promotion again from its query as the editor typed it, with the analysis of
    the code being migrated to (ANALYSIS_VERSION 4): the keys stored by the earlier analysis no
    longer match what search makes of a reader's query."""
    # Imports the current analysis (through search.promotions) on purpose: a key is what the
    # running search makes of a query, so this migration cannot use a frozen copy of it.
    from search.promotions import rekey_promotions as rekey

    rekey(apps.get_model("search", "SearchPromotion"))


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0004_rekey_promotions"),
    ]

    operations = [
        # Backwards the keys stay: this code cannot run the earlier analysis.
        migrations.RunPython(rekey_promotions, migrations.RunPython.noop, elidable=True),
    ]
