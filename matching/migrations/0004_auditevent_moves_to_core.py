"""AuditEvent moves to the core app. Its table stays as it is (core keeps the name), so only
Django's picture of the models changes here; core.0001 takes the model over."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("matching", "0003_prior_scoring_model"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="AuditEvent")],
            database_operations=[],
        ),
    ]
