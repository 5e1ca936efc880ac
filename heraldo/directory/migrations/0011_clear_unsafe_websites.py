"""An entity's website that is not an http(s) address (`javascript:`, `data:`, `vbscript:`) is emptied.

The entity page renders the website as a link; the forms and the import accept only web addresses, but rows
written before (or by hand) may hold anything. Only rows not starting with http:// or https:// are read.
"""

from django.db import migrations


def clear_unsafe_websites(apps, schema_editor):
    from heraldo.core.sanitize import web_address

    entity = apps.get_model("directory", "Entity")
    suspicious = entity.objects.exclude(website="").exclude(website__istartswith="http://")
    suspicious = suspicious.exclude(website__istartswith="https://")
    unsafe = [pk for pk, website in suspicious.values_list("pk", "website").iterator() if not web_address(website)]
    for start in range(0, len(unsafe), 500):
        entity.objects.filter(pk__in=unsafe[start : start + 500]).update(website="")


class Migration(migrations.Migration):
    dependencies = [("directory", "0010_follow_ups_become_office_tasks")]

    operations = [migrations.RunPython(clear_unsafe_websites, migrations.RunPython.noop)]
