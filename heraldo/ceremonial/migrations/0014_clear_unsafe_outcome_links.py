"""An event's outcome links keep only http(s) addresses: a stored `javascript:`, `data:` or `vbscript:` line goes.

The event page renders each line as a link; the form accepts only web addresses, rows written before may not.
"""

from django.db import migrations


def clear_unsafe_outcome_links(apps, schema_editor):
    from heraldo.core.sanitize import web_address

    event = apps.get_model("ceremonial", "Event")
    for pk, links in event.objects.exclude(outcome_links="").values_list("pk", "outcome_links").iterator():
        lines = [line.strip() for line in links.splitlines() if line.strip()]
        kept = [line for line in lines if web_address(line)]
        if kept != lines:
            event.objects.filter(pk=pk).update(outcome_links="\n".join(kept))


class Migration(migrations.Migration):
    dependencies = [("ceremonial", "0013_staff_design_and_monitoring")]

    operations = [migrations.RunPython(clear_unsafe_outcome_links, migrations.RunPython.noop)]
