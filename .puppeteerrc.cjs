// Browsers come from the system (Debian's chromium / firefox-esr); never download one.
module.exports = { skipDownload: true };
