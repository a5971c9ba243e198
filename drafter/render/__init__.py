"""Templates → Markdown → blocks: the Jinja2 sandbox (environment), one release's helpers and facts (context,
views, quoting), the checks on its facts (checks), and the Renderer that runs them (release)."""
