// Swagger UI settings, kept out of the page so that its Content-Security-Policy can forbid inline scripts
window.ui = SwaggerUIBundle({
  url: "/openapi.json",
  dom_id: "#swagger-ui",
  deepLinking: true
});
