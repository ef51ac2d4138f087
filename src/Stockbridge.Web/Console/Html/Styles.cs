namespace Stockbridge.Web.Console.Html;

/// <summary>The console's one small stylesheet, inlined (no build step, no external requests).</summary>
internal static class Styles
{
    public const string Css = """
        body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;color:#1f2933;background:#f5f7fa}
        header{display:flex;align-items:center;gap:1.5rem;background:#102a43;color:#fff;padding:.6rem 1.2rem}
        header a{color:#d9e2ec;text-decoration:none;margin-right:1rem}header a:hover{color:#fff}
        .brand{font-size:1.1rem}.who{margin:0 1rem 0 2rem;color:#9fb3c8;font-size:.85rem}
        main{padding:1rem 1.5rem;max-width:1200px}h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:1.6rem}
        table{border-collapse:collapse;width:100%;background:#fff}th,td{text-align:left;padding:.35rem .6rem;border-bottom:1px solid #e4e7eb;font-size:.9rem;vertical-align:top}
        th{background:#e4e7eb}pre{background:#fff;border:1px solid #e4e7eb;padding:.6rem;overflow:auto;font-size:.8rem;max-height:24rem}
        td.bad{color:#8a041a;font-weight:600}
        .badge{padding:.1rem .45rem;border-radius:.6rem;background:#d9e2ec;font-size:.8rem}
        .badge-failed,.badge-false{background:#ffd6d6;color:#8a041a}.badge-succeeded,.badge-raised,.badge-true,.badge-fulfilled,.badge-paid{background:#c6f7e2;color:#014d40}
        .badge-pending,.badge-running{background:#fff3c4;color:#8d2b0b}
        form.inline{display:inline}.button{background:#2680c2;color:#fff;border:0;padding:.35rem .8rem;border-radius:.3rem;cursor:pointer}
        .link{background:none;border:0;color:#d9e2ec;cursor:pointer;text-decoration:underline}
        label{display:block;margin-top:.7rem;font-weight:600}input,select{padding:.35rem;min-width:22rem}.help{color:#627d98;font-size:.8rem;margin:.1rem 0}
        .error{color:#ab091e}.cards{display:flex;gap:1rem;flex-wrap:wrap}.card{background:#fff;padding:.8rem 1.2rem;border:1px solid #e4e7eb;border-radius:.4rem}
        .card b{display:block;font-size:1.4rem}.chart{background:#fff;border:1px solid #e4e7eb;margin:.5rem 0;padding:.4rem}
        .notice{background:#e3f8ff;border:1px solid #81defd;padding:.5rem .8rem;margin:.6rem 0}
        """;
}
