using System.ComponentModel;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;

namespace ArrayBridge.Interop;

public sealed partial class PythonEnvironment
{
    private const string ProbeMarker = "ARRAYBRIDGE-PROBE:";

    /// <summary>
    /// Run with <c>python -c</c>. Kept Python-2-compatible so that an old interpreter reports its
    /// version instead of a syntax error. Prints one marked line of JSON.
    /// </summary>
    private const string ProbeScript = $$"""
        import sys, os, json
        r = {}
        r["version"] = "%d.%d.%d" % tuple(sys.version_info[:3])
        r["implementation"] = getattr(getattr(sys, "implementation", None), "name", "unknown")
        r["executable"] = sys.executable
        r["prefix"] = sys.prefix
        r["exec_prefix"] = sys.exec_prefix
        r["base_prefix"] = getattr(sys, "base_prefix", sys.prefix)
        p = list(sys.path)
        if p and p[0] == "" and not getattr(sys.flags, "safe_path", False):
            p = p[1:]
        r["path"] = p
        try:
            import sysconfig
            v = sysconfig.get_config_var
            r["gil_disabled"] = bool(v("Py_GIL_DISABLED"))
            names = []
            for n in (v("INSTSONAME"), v("LDLIBRARY")):
                if n and n not in names and not n.endswith(".a"):
                    names.append(n)
            real = os.path.realpath(sys.executable)
            dirs = []
            for d in (v("LIBDIR"), v("PYTHONFRAMEWORKPREFIX"),
                      os.path.join(os.path.dirname(os.path.dirname(real)), "lib"), os.path.dirname(real),
                      os.path.dirname(sys.executable), os.path.join(r["base_prefix"], "lib"),
                      os.path.join(os.path.dirname(os.path.dirname(sys.executable)), "lib")):
                if d and d not in dirs:
                    dirs.append(d)
            cands = [os.path.join(d, n) for d in dirs for n in names]
            r["library_candidates"] = cands
            found = [c for c in cands if os.path.isfile(c)]
            r["library"] = found[0] if found else None
        except Exception as e:
            r["sysconfig_error"] = "%s: %s" % (type(e).__name__, e)
        try:
            import numpy
            r["numpy"] = numpy.__version__
        except BaseException as e:
            r["numpy_error"] = "%s: %s" % (type(e).__name__, e)
        sys.stdout.write("{{ProbeMarker}}" + json.dumps(r) + "\n")
        """;

    /// <summary>Runs <paramref name="executable"/> with the probe script and judges the result.</summary>
    internal static bool TryProbe(
        string executable,
        PythonOptions options,
        [NotNullWhen(true)] out PythonEnvironment? environment,
        out string reason)
    {
        environment = null;
        if (!RunProbe(executable, options.ProbeTimeout, out string? json, out reason))
        {
            return false;
        }

        try
        {
            using JsonDocument document = JsonDocument.Parse(json);
            return Judge(document.RootElement, options, out environment, out reason);
        }
        catch (JsonException e)
        {
            reason = $"printed unreadable probe output ({e.Message})";
            return false;
        }
    }

    private static bool Judge(JsonElement r, PythonOptions options, [NotNullWhen(true)] out PythonEnvironment? environment, out string reason)
    {
        environment = null;
        string versionText = String(r, "version") ?? "?";
        string who = $"Python {versionText} ({String(r, "executable")})";
        if (!System.Version.TryParse(versionText, out Version? version) || version.Major != 3 || version.Minor < 8)
        {
            reason = $"{who} is not supported; ArrayBridge needs CPython 3.8 or newer";
            return false;
        }

        if (String(r, "implementation") is { } implementation && implementation != "cpython")
        {
            reason = $"{who} is {implementation}, not CPython";
            return false;
        }

        if (r.TryGetProperty("gil_disabled", out JsonElement gil) && gil.ValueKind == JsonValueKind.True)
        {
            reason = $"{who} is a free-threaded (no-GIL) build, which ArrayBridge does not support";
            return false;
        }

        string? library = String(r, "library");
        if (library is null && options.LibraryPath is null)
        {
            string looked = r.TryGetProperty("library_candidates", out JsonElement c) && c.ValueKind == JsonValueKind.Array
                ? string.Join(", ", c.EnumerateArray().Select(e => e.GetString()))
                : String(r, "sysconfig_error") ?? "nowhere";
            reason = $"{who} has no shared libpython (built without --enable-shared, or the library package is missing); looked for: {looked}";
            return false;
        }

        string? numpy = String(r, "numpy");
        string? numpyError = String(r, "numpy_error");
        if (options.RequireNumPy && numpy is null)
        {
            reason = $"{who} cannot import numpy ({numpyError ?? "unknown error"})";
            return false;
        }

        environment = new PythonEnvironment(options.LibraryPath ?? library!, String(r, "executable"), home: null)
        {
            Version = version,
            Prefix = String(r, "prefix"),
            ExecPrefix = String(r, "exec_prefix"),
            BasePrefix = String(r, "base_prefix"),
            SysPath = r.TryGetProperty("path", out JsonElement path) && path.ValueKind == JsonValueKind.Array
                ? path.EnumerateArray().Select(e => e.GetString() ?? "").ToArray()
                : [],
            NumPyVersion = numpy,
            NumPyError = numpyError,
        };
        reason = "";
        return true;
    }

    private static string? String(JsonElement r, string name) =>
        r.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool RunProbe(string executable, TimeSpan timeout, [NotNullWhen(true)] out string? json, out string reason)
    {
        json = null;
        var start = new ProcessStartInfo(executable)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = Path.GetTempPath(), // keep a stray numpy/ in the caller's directory out of sys.path
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(ProbeScript);

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new Win32Exception("Process.Start returned null");
        }
        catch (Win32Exception e)
        {
            reason = $"cannot be started ({e.Message})";
            return false;
        }

        using (process)
        {
            process.StandardInput.Close();
            Task<string> stdout = process.StandardOutput.ReadToEndAsync();
            Task<string> stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                try
                {
                    process.Kill(entireProcessTree: true);
                }
                catch (InvalidOperationException)
                {
                    // it exited meanwhile
                }

                reason = $"did not finish within {timeout.TotalSeconds:0.#} s";
                return false;
            }

            process.WaitForExit(); // drain the redirected streams
            string output = stdout.GetAwaiter().GetResult();
            string errors = stderr.GetAwaiter().GetResult();
            foreach (string line in output.Split('\n'))
            {
                if (line.StartsWith(ProbeMarker, StringComparison.Ordinal))
                {
                    json = line[ProbeMarker.Length..].TrimEnd('\r');
                    reason = "";
                    return true;
                }
            }

            string lastError = errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "";
            reason = $"exited with code {process.ExitCode} without answering the probe" + (lastError.Length > 0 ? $" ({lastError})" : "");
            return false;
        }
    }
}
