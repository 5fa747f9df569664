// Scroll the page's raw text so the article's own span shows, without moving the page.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  for (const mark of document.querySelectorAll(".source-page mark")) {
    const box = mark.closest(".source-page");
    box.scrollTop = Math.max(0, mark.offsetTop - box.offsetTop - 24);
  }
});
