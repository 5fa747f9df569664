/* 复制 buttons: copy the text of the element named by data-copy (an id). The buttons
   are hidden until this script runs, so a page without script offers none. */
document.querySelectorAll("button[data-copy]").forEach(function (button) {
  var source = document.getElementById(button.dataset.copy);
  if (!source || !navigator.clipboard) {
    return;
  }
  var label = button.textContent;
  button.hidden = false;
  button.addEventListener("click", function () {
    navigator.clipboard.writeText(source.textContent.trim()).then(
      function () {
        button.textContent = "已复制";
        setTimeout(function () { button.textContent = label; }, 2000);
      },
      function () {
        button.textContent = "复制失败，请手动选择";
      }
    );
  });
});
