"""Clippings and sources stored with an address that is not http(s) (`javascript:`, `data:`, `vbscript:`) lose it.

Feeds could hand such a link in as a story's address before the parser kept only web addresses, and the
clipping page rendered it as "Ver en el medio". The clipping stays, with its text, without the address (and
without the canonical address derived from it); a source without a web address cannot be polled, so it is also
switched off. Only rows whose address does not start with http:// or https:// are read. Nothing to undo.
"""

from django.db import migrations


def clear_unsafe_links(apps, schema_editor):
    from heraldo.core.sanitize import web_address

    for model_name, cleared in (
        ("Clipping", {"url": "", "canonical_url": ""}),
        ("Source", {"url": "", "is_active": False}),
    ):
        model = apps.get_model("monitoring", model_name)
        suspicious = (
            model.objects.exclude(url="").exclude(url__istartswith="http://").exclude(url__istartswith="https://")
        )
        unsafe = [pk for pk, url in suspicious.values_list("pk", "url").iterator() if not web_address(url)]
        for start in range(0, len(unsafe), 500):
            model.objects.filter(pk__in=unsafe[start : start + 500]).update(**cleared)


class Migration(migrations.Migration):
    dependencies = [("monitoring", "0015_district_name_is_a_place")]

    operations = [migrations.RunPython(clear_unsafe_links, migrations.RunPython.noop)]
