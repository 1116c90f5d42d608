// The print view's "Print" button, without an inline handler (the pages run under a strict script policy).
document.addEventListener('DOMContentLoaded', function () {
    var button = document.getElementById('printNow');
    if (button) {
        button.addEventListener('click', function () { window.print(); });
    }
});
