// Starts `hf-rules lsp` for YAML files: everything else is the language server's.
const vscode = require("vscode");
const { LanguageClient } = require("vscode-languageclient/node");

let client;

function activate(context) {
  const settings = vscode.workspace.getConfiguration("hf-rules");
  const server = { command: settings.get("command", "hf-rules"), args: ["lsp"] };
  client = new LanguageClient(
    "hf-rules",
    "hf-rules",
    { run: server, debug: server },
    {
      documentSelector: [{ scheme: "file", language: "yaml" }],
      initializationOptions: { lang: settings.get("lang", "nb") },
      synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher("**/*.{yaml,yml}") },
    },
  );
  context.subscriptions.push(client);
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
