"""The HTTP API (``sos-lang serve``): ``app.py`` the endpoints and their safety layers,
``models.py`` the request bodies, ``settings.py`` what a server runs with."""
