"""serve stage: the REST API (FastAPI) and the web dashboard (server-rendered, offline). See docs/serving.md.

    from sitreps.serve import create_app
    app = create_app("news.db")           # uvicorn.run(app) or `sitreps serve --db news.db`
"""

from sitreps.serve.app import create_app

__all__ = ["create_app"]
