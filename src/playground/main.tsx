document.getElementById("app")!.textContent = "stub";
