// Reception screens: a click on a search result (ICD-10 code, catalogue item) fills its field. Delegated from the
// document because the results are swapped in by htmx; kept out of the pages so the Content-Security-Policy can
// refuse every inline script.
document.addEventListener('click', function (event) {
  var pick = event.target.closest('button.pick');
  if (!pick) {
    return;
  }
  if (pick.dataset.target) {
    // ICD-10: the secondary codes field collects several codes separated by ';'
    var field = document.getElementById(pick.dataset.target);
    var append = pick.dataset.target === 'secondaryIcd10' && field.value;
    field.value = (append ? field.value + ';' : '') + pick.dataset.value;
    field.focus();
  } else if (pick.dataset.fill) {
    document.getElementById(pick.dataset.fill).value = pick.dataset.value;
    document.getElementById(pick.dataset.then).focus();
  }
});
