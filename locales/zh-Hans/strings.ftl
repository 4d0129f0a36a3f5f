# UI strings for `zh-Hans` (Fluent syntax: https://projectfluent.org/).
# The built-in theme already translates every UI string into this language.
# Add a message here (same id as in the theme's en.ftl) to override the built-in text.
