namespace ArrayBridge.Tests;

/// <summary>Discovery runs interpreters as subprocesses only, so these tests need no shared interpreter.</summary>
public class PythonEnvironmentTests
{
    private static readonly PythonOptions Defaults = new() { UseEnvironmentVariable = false };

    /// <summary>One default discovery shared by the tests that need a good interpreter.</summary>
    private static readonly Lazy<PythonEnvironment> Discovered = new(() => PythonEnvironment.Discover(Defaults));

    [Fact]
    public void Discovery_picks_an_interpreter_that_imports_numpy_and_has_a_shared_libpython()
    {
        PythonEnvironment environment = Discovered.Value;

        Assert.NotNull(environment.NumPyVersion);
        Assert.True(File.Exists(environment.LibraryPath), environment.LibraryPath);
        Assert.NotNull(environment.Executable);
        Assert.True(TestPythons.CanImportNumPy(environment.Executable!));
        Assert.True(environment.Version >= new Version(3, 8));
        Assert.NotEmpty(environment.SysPath);
        Assert.DoesNotContain("", environment.SysPath);
    }

    [Fact]
    public void Discovery_skips_python3_on_PATH_when_it_cannot_import_numpy()
    {
        string? first = PythonEnvironment.ResolveOnPath("python3");
        if (first is null || TestPythons.CanImportNumPy(first) || !File.Exists("/usr/bin/python3") || !TestPythons.CanImportNumPy("/usr/bin/python3"))
        {
            return; // this machine does not have the situation (on the reference machine: pyenv python3 without NumPy first on PATH)
        }

        Assert.Equal("/usr/bin/python3", Discovered.Value.Executable);
    }

    [Fact]
    public void Discovery_takes_the_first_candidate_that_fits()
    {
        string good = Discovered.Value.Executable!;
        var candidates = new List<string> { "/nonexistent/bin/python3" };
        if (TestPythons.WithoutNumPy is { } withoutNumPy)
        {
            candidates.Add(withoutNumPy);
        }

        candidates.Add(good);
        candidates.Add("/nonexistent/never/reached");

        PythonEnvironment environment = PythonEnvironment.Discover(new PythonOptions { UseEnvironmentVariable = false, Candidates = candidates });

        Assert.Equal(good, environment.Executable);
    }

    [Fact]
    public void Discovery_that_finds_nothing_lists_every_candidate_and_why_it_failed()
    {
        var candidates = new List<string> { "/nonexistent/bin/python3", "arraybridge-no-such-python", "/bin/false" };
        if (TestPythons.WithoutNumPy is { } withoutNumPy)
        {
            candidates.Add(withoutNumPy);
        }

        if (TestPythons.ShimWithoutNumPy is { } shim)
        {
            candidates.Add(shim);
        }

        var error = Assert.Throws<PythonNotFoundException>(() =>
            PythonEnvironment.Discover(new PythonOptions { UseEnvironmentVariable = false, Candidates = candidates }));

        Assert.Equal(candidates.Count, error.Failures.Count);
        foreach (string candidate in candidates)
        {
            Assert.Contains(candidate, error.Message);
        }

        Assert.Equal("does not exist", error.Failures[0].Reason);
        Assert.Equal("not found on PATH", error.Failures[1].Reason);
        Assert.Contains("exited with code 1", error.Failures[2].Reason);
        if (TestPythons.WithoutNumPy is not null)
        {
            Assert.Contains("cannot import numpy", error.Failures[3].Reason);
            Assert.Contains("No module named 'numpy'", error.Failures[3].Reason);
        }

        if (TestPythons.ShimWithoutNumPy is not null)
        {
            Assert.Contains("cannot import numpy", error.Failures[^1].Reason);
        }
    }

    [Fact]
    public void An_explicit_executable_that_does_not_fit_is_an_error_not_a_fallback()
    {
        string withoutNumPy = TestPythons.WithoutNumPy ?? "/nonexistent/bin/python3";

        var error = Assert.Throws<PythonNotFoundException>(() =>
            PythonEnvironment.Discover(new PythonOptions { PythonExecutable = withoutNumPy, UseEnvironmentVariable = false }));

        PythonProbeFailure failure = Assert.Single(error.Failures);
        Assert.Equal(withoutNumPy, failure.Candidate);
        Assert.Contains("PythonOptions.PythonExecutable", error.Message);
    }

    [Fact]
    public void The_environment_variable_comes_before_the_candidates()
    {
        string good = Discovered.Value.Executable!;
        var options = new PythonOptions { Candidates = ["/nonexistent/bin/python3"] };

        PythonEnvironment environment = PythonEnvironment.Discover(options, name => name == PythonEnvironment.EnvironmentVariable ? good : null);
        var error = Assert.Throws<PythonNotFoundException>(() =>
            PythonEnvironment.Discover(options, name => name == PythonEnvironment.EnvironmentVariable ? "/nonexistent/from/variable" : null));

        Assert.Equal(good, environment.Executable);
        Assert.Contains(PythonEnvironment.EnvironmentVariable, error.Message);
        Assert.Contains("/nonexistent/from/variable", error.Message);
    }

    [Fact]
    public void Without_the_numpy_requirement_a_python_without_numpy_is_accepted()
    {
        if (TestPythons.WithoutNumPy is not { } withoutNumPy)
        {
            return;
        }

        PythonEnvironment environment = PythonEnvironment.Probe(withoutNumPy, requireNumPy: false);

        Assert.Null(environment.NumPyVersion);
        Assert.Contains("numpy", environment.NumPyError);
        Assert.True(File.Exists(environment.LibraryPath));
    }

    [Fact]
    public void A_python_older_than_3_8_is_rejected_with_its_version()
    {
        if (TestPythons.TooOld is not { } old)
        {
            return;
        }

        var error = Assert.Throws<PythonNotFoundException>(() => PythonEnvironment.Probe(old, requireNumPy: false));

        Assert.Contains("3.8 or newer", error.Message);
    }

    [Fact]
    public void A_virtual_environment_reports_its_own_prefix_and_site_packages()
    {
        string basePython = Discovered.Value.Executable!;
        string venv = TestPythons.CreateVirtualEnvironment(basePython, systemSitePackages: true);
        try
        {
            PythonEnvironment environment = PythonEnvironment.Probe(Path.Combine(venv, "bin", "python"));

            Assert.Equal(Path.Combine(venv, "bin", "python"), environment.Executable);
            Assert.Equal(venv, environment.Prefix);
            Assert.True(environment.IsVirtualEnvironment);
            Assert.Contains(environment.SysPath, p => p.StartsWith(venv, StringComparison.Ordinal) && p.EndsWith("site-packages", StringComparison.Ordinal));
            Assert.True(File.Exists(environment.LibraryPath));
        }
        finally
        {
            Directory.Delete(venv, recursive: true);
        }
    }

    [Fact]
    public void A_library_path_alone_needs_no_subprocess_but_must_exist()
    {
        var error = Assert.Throws<PythonNotFoundException>(() =>
            PythonEnvironment.Discover(new PythonOptions { LibraryPath = "/nonexistent/libpython3.so", UseEnvironmentVariable = false }));
        string library = Discovered.Value.LibraryPath;

        PythonEnvironment environment = PythonEnvironment.Discover(new PythonOptions { LibraryPath = library, Home = "/usr", UseEnvironmentVariable = false });

        Assert.Contains("does not exist", error.Message);
        Assert.Equal(library, environment.LibraryPath);
        Assert.Null(environment.Executable);
        Assert.Equal("/usr", environment.Home);
    }

    [Fact]
    public void Fake_interpreters_that_hang_or_answer_garbage_are_rejected_with_reasons()
    {
        string directory = Directory.CreateTempSubdirectory("arraybridge-fake-python-").FullName;
        try
        {
            string hangs = WriteScript(directory, "hangs", "exec sleep 3600");
            string garbage = WriteScript(directory, "garbage", "echo 'ARRAYBRIDGE-PROBE:{not json'");
            string silent = WriteScript(directory, "silent", "echo 'Python 3.99' >&2");

            // One that never answers is cut off at the probe timeout however short; the others must
            // be judged on what they print, with a timeout no busy machine reaches.
            var hanging = Assert.Throws<PythonNotFoundException>(() => PythonEnvironment.Discover(
                new PythonOptions { UseEnvironmentVariable = false, Candidates = [hangs], ProbeTimeout = TimeSpan.FromSeconds(0.5) }));
            var answering = Assert.Throws<PythonNotFoundException>(() => PythonEnvironment.Discover(
                new PythonOptions { UseEnvironmentVariable = false, Candidates = [garbage, silent], ProbeTimeout = TimeSpan.FromSeconds(120) }));

            Assert.Equal("did not finish within 0.5 s", hanging.Failures[0].Reason);
            Assert.StartsWith("printed unreadable probe output", answering.Failures[0].Reason);
            Assert.Equal("exited with code 0 without answering the probe (Python 3.99)", answering.Failures[1].Reason);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static string WriteScript(string directory, string name, string body)
    {
        string path = Path.Combine(directory, name);
        File.WriteAllText(path, $"#!/bin/sh\n{body}\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return path;
    }
}
