"""Release bodies stored before they were sanitised are cleaned as a body is cleaned when it is saved today.

The pages render a body as HTML, trusting that it was cleaned when saved; a body stored before the allowlist
sanitiser could keep a `javascript:`, `data:` or `vbscript:` link, a script or an event handler (the CSP
stopped them in the browser, not in e-mails, PDFs or other sites reading the feed). Cleaning is a fixed point,
so a body it would change is exactly one stored uncleaned: only those are rewritten, the link keeping its words
and losing its address. Versions (ReleaseRevision) are cleaned alike. Bodies without a tag are never read into
Python. Nothing to undo: going back leaves the cleaned text.
"""

from django.db import migrations


def clean_stored_bodies(apps, schema_editor):
    from heraldo.press.rich_text import release_body_clean

    for model_name in ("PressRelease", "ReleaseRevision"):
        model = apps.get_model("press", model_name)
        candidates = model.objects.filter(body__contains="<").values_list("pk", "body")
        for pk, body in candidates.iterator(chunk_size=500):
            cleaned = release_body_clean(body).html
            if cleaned != body:
                model.objects.filter(pk=pk).update(body=cleaned)


class Migration(migrations.Migration):
    dependencies = [("press", "0013_review_notifications_resolve")]

    operations = [migrations.RunPython(clean_stored_bodies, migrations.RunPython.noop)]
