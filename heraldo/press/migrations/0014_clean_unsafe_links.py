"""Release bodies stored with a `javascript:`, `data:` or `vbscript:` link are cleaned as new text is.

Before the allowlist sanitiser, a body could keep such a link (the CSP stopped it in the browser, not in
e-mails, PDFs or other sites reading the feed). Only the bodies that carry one are rewritten, through the same
cleaning a body gets when it is saved today: the link keeps its words and loses its address. Versions
(ReleaseRevision) are cleaned alike. Nothing to undo: going back leaves the cleaned text.
"""

from django.db import migrations
from django.db.models import Q


def clean_unsafe_links(apps, schema_editor):
    from heraldo.core.sanitize import has_unsafe_link
    from heraldo.press.rich_text import release_body_clean

    for model_name in ("PressRelease", "ReleaseRevision"):
        model = apps.get_model("press", model_name)
        # A link needs an attribute: the bodies without one are never read into Python.
        candidates = model.objects.filter(Q(body__icontains="href") | Q(body__icontains="src"))
        for pk, body in candidates.values_list("pk", "body").iterator(chunk_size=500):
            if has_unsafe_link(body):
                model.objects.filter(pk=pk).update(body=release_body_clean(body).html)


class Migration(migrations.Migration):
    dependencies = [("press", "0013_review_notifications_resolve")]

    operations = [migrations.RunPython(clean_unsafe_links, migrations.RunPython.noop)]
