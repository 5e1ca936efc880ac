import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "heraldo.settings")

application = get_wsgi_application()

# A full collection of the garbage collector stops every thread of a web process while it walks each object it
# tracks. Django, the apps and their modules are ~200,000 objects that live as long as the process, and walking
# them took 100-250 ms: the slowest 1% of signed-in requests under load were requests caught behind one
# (bench/pages.py). They are set aside once loaded, and young objects are collected in larger batches, so full
# collections are rarer and walk only what requests left behind.
YOUNG_OBJECTS_PER_COLLECTION = 7000
gc.collect()
gc.freeze()
gc.set_threshold(YOUNG_OBJECTS_PER_COLLECTION, *gc.get_threshold()[1:])
