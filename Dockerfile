# Heraldo in a container: the same lock files as `make setup` (requirements.lock, package-lock.json).
# One image for web, worker and scheduler; compose.yaml starts each with its own command.
# BASE_IMAGE lets an office without Docker Hub build from its own mirror of the same Debian 12 with Python 3.11.
ARG BASE_IMAGE=python:3.11-slim-bookworm
FROM ${BASE_IMAGE}

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

# WeasyPrint's Pango and HarfBuzz's font subsetter (optional to WeasyPrint, which otherwise subsets fonts more
# slowly with fontTools; the tested Debian 12 machines have it), fonts, OCR of print scans (tesseract, poppler), pg_dump/pg_restore for backups,
# and npm for the vendored front-end files (Bootstrap, icons, fonts).
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core \
      tesseract-ocr tesseract-ocr-spa poppler-utils \
      postgresql-client-15 npm \
 && rm -rf /var/lib/apt/lists/*

RUN useradd --create-home --home-dir /srv/heraldo --uid 1000 heraldo
WORKDIR /srv/heraldo

COPY requirements.lock ./
RUN python -m venv .venv && .venv/bin/pip install -r requirements.lock
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --loglevel=error

# The code stays root's: the application writes only under var/ (uploads, backups), so a compromised process
# cannot rewrite what it runs.
COPY . .
# Static files are built into the image (whitenoise serves them); the settings need production values to load.
RUN DJANGO_DEBUG=false SECRET_KEY=collectstatic-only-$(head -c 48 /dev/urandom | od -An -tx1 | tr -d ' \n') \
    ALLOWED_HOSTS=build .venv/bin/python manage.py collectstatic --noinput \
 && mkdir -p var/media var/backups && chown -R heraldo:heraldo var

USER heraldo
ENV PATH="/srv/heraldo/.venv/bin:$PATH" \
    DJANGO_DEBUG=false \
    HERALDO_LOG_FORMAT=json
VOLUME ["/srv/heraldo/var/media", "/srv/heraldo/var/backups"]
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s CMD python -c "import urllib.request,sys; sys.exit(urllib.request.urlopen('http://127.0.0.1:8000/healthz').status != 200)" || exit 1
CMD ["granian", "--interface", "wsgi", "heraldo.wsgi:application", "--host", "0.0.0.0", "--port", "8000", "--workers", "4", "--blocking-threads", "4", "--respawn-failed-workers"]
