// The cost statement's print button (no inline handler: the Content-Security-Policy refuses inline scripts).
document.addEventListener('DOMContentLoaded', function () {
  var button = document.getElementById('print-statement');
  if (button) {
    button.addEventListener('click', function () { window.print(); });
  }
});
