namespace ArrayBridge.Tests;

/// <summary>
/// Start-up and shutdown in fresh child processes (this assembly run as <see cref="TestHost"/>):
/// CPython can start only once per process, and shutdown is final.
/// </summary>
public class StartupTests
{
    private static readonly Lazy<PythonEnvironment> Chosen = new(() => PythonEnvironment.Discover(new PythonOptions { UseEnvironmentVariable = false }));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task After_shutdown_every_operation_throws_ObjectDisposedException_saying_python_was_shut_down(bool onAnotherThread)
    {
        ChildProcess.Result child = onAnotherThread
            ? await ChildProcess.RunAsync("shutdown", "--python", Chosen.Value.Executable!, "--shutdown-on-another-thread")
            : await ChildProcess.RunAsync("shutdown", "--python", Chosen.Value.Executable!);

        Assert.True(child.ExitCode == 0, child.ToString());
        Assert.Equal("False", child["initialized"]);
        Assert.Equal("0", child["failures"]);
        Assert.All(child.Values.Where(v => v.Key.StartsWith("check_", StringComparison.Ordinal)), v => Assert.Equal("ok", v.Value));
        Assert.Equal("<PyObject of a Python runtime that is not running>", child["tostring"]);
    }

    /// <summary>
    /// Where <c>threading</c> was first imported (its main-thread lock belongs to that thread's state)
    /// crossed with the thread that shuts down.
    /// </summary>
    public static TheoryData<string, bool> ThreadingImportCases => new()
    {
        { "init", false }, { "init", true },
        { "worker", false }, { "worker", true },
        { "dead-worker", false }, { "dead-worker", true },
        { "released-worker", false }, { "released-worker", true },
    };

    [Theory]
    [MemberData(nameof(ThreadingImportCases))]
    public async Task Shutdown_finishes_on_every_CPython_whichever_thread_imported_threading_and_whichever_shuts_down(string importOn, bool onAnotherThread)
    {
        var runs = new List<(string What, Task<ChildProcess.Result> Child)>();
        void Run(string what, params string[] args)
        {
            var all = new List<string> { "shutdown-after-import", "--import-on", importOn };
            all.AddRange(args);
            if (onAnotherThread)
            {
                all.Add("--shutdown-on-another-thread");
            }

            runs.Add((what, ChildProcess.RunAsync([.. all])));
        }

        Run($"{Chosen.Value} with numpy", "--python", Chosen.Value.Executable!, "--import", "numpy");
        foreach ((Version version, string executable) in TestPythons.Pyenv.Where(p => p.Version >= new Version(3, 8)))
        {
            Run($"Python {version}", "--python", executable, "--no-numpy", "--import", "threading");
        }

        foreach ((string what, Task<ChildProcess.Result> run) in runs)
        {
            ChildProcess.Result child = await run; // a hang fails here, by the child's timeout
            Assert.True(child.ExitCode == 0, $"{what}: {child}");
            Assert.Equal("ok", child["shutdown"]);
            Assert.Equal("False", child["initialized"]);
            Assert.DoesNotContain("Exception ignored", child.Errors, StringComparison.Ordinal);
            if (importOn == "released-worker")
            {
                Assert.Equal("True", child["worker_state_deleted"]);
            }
        }
    }

    [Fact]
    public async Task On_every_CPython_the_states_of_3000_ended_threads_are_deleted_and_their_thread_local_data_released()
    {
        var pythons = new List<(string What, string Executable)> { ($"{Chosen.Value}", Chosen.Value.Executable!) };
        pythons.AddRange(TestPythons.Pyenv.Where(p => p.Version >= new Version(3, 8)).Select(p => ($"Python {p.Version}", p.Executable)));
        var runs = pythons.Select(p => ChildProcess.RunAsync("thread-states", "--python", p.Executable, "--no-numpy")).ToList();

        for (int i = 0; i < pythons.Count; i++)
        {
            ChildProcess.Result child = await runs[i];
            string what = pythons[i].What;
            Assert.True(child.ExitCode == 0, $"{what}: {child}");
            Assert.True(child["deleted"] == "3000", $"{what}: {child}");
            Assert.True(child["payloads_deleted"] == "3000", $"{what}: {child}");
            Assert.True(child["states_before"] == child["states_after"], $"{what}: {child}");
            Assert.True(child["shutdown"] == "ok", $"{what}: {child}");
        }
    }

    [Fact]
    public async Task Shutdown_while_a_thread_is_inside_AllowThreads_is_refused_and_works_once_it_left()
    {
        ChildProcess.Result child = await ChildProcess.RunAsync("shutdown-inside-allow-threads", "--python", Chosen.Value.Executable!);

        Assert.True(child.ExitCode == 0, child.ToString());
        Assert.Contains("AllowThreads() scope(s) are open", child["refused"], StringComparison.Ordinal);
        Assert.Equal("True", child["initialized_after_refusal"]);
        Assert.Equal("42", child["worker_after"]);
        Assert.Equal("ok", child["shutdown"]);
        Assert.Equal("False", child["initialized"]);
    }

    [Fact]
    public async Task Initialize_from_four_threads_at_once_starts_python_once()
    {
        ChildProcess.Result child = await ChildProcess.RunAsync("race", "--python", Chosen.Value.Executable!);

        Assert.True(child.ExitCode == 0, child.ToString());
        Assert.Equal("42,42,42,42", child["results"]);
        Assert.Equal("True", child["initialized"]);
    }

    [Fact]
    public async Task A_virtual_environment_starts_with_its_own_executable_prefix_and_site_packages()
    {
        string venv = TestPythons.CreateVirtualEnvironment(Chosen.Value.Executable!, systemSitePackages: true);
        try
        {
            string python = Path.Combine(venv, "bin", "python");
            PythonEnvironment probed = PythonEnvironment.Probe(python);
            string sitePackages = probed.SysPath.Single(p => p.StartsWith(venv, StringComparison.Ordinal));
            File.WriteAllText(Path.Combine(sitePackages, "arraybridge_venv_marker.py"), "VALUE = 1\n");

            ChildProcess.Result child = await ChildProcess.RunAsync("init", "--python", python, "--import", "arraybridge_venv_marker");

            Assert.True(child.ExitCode == 0, child.ToString());
            Assert.Equal(python, child["executable"]);
            Assert.Equal(venv, child["prefix"]);
            Assert.Equal(probed.BasePrefix, child["base_prefix"]);
            Assert.Equal(probed.SysPath, child.Path);
            Assert.Equal("arraybridge_venv_marker", child["imported"]);
        }
        finally
        {
            Directory.Delete(venv, recursive: true);
        }
    }

    [Fact]
    public async Task Without_PyConfig_offsets_argv0_still_sets_executable_and_prefix()
    {
        ChildProcess.Result child = await ChildProcess.RunAsync("init", "--python", Chosen.Value.Executable!, "--argv-program-name", "--import", "numpy");

        Assert.True(child.ExitCode == 0, child.ToString());
        Assert.Equal("False", child["layout"]);
        Assert.Equal(Chosen.Value.Executable, child["executable"]);
        Assert.Equal(Chosen.Value.Prefix, child["prefix"]);
        Assert.Equal(Chosen.Value.SysPath, child.Path);
        Assert.Equal("['']", child["argv"]);
    }

    [Fact]
    public async Task A_library_path_with_home_starts_python_without_an_executable()
    {
        PythonEnvironment chosen = Chosen.Value;

        ChildProcess.Result child = await ChildProcess.RunAsync("init", "--library", chosen.LibraryPath, "--home", chosen.Prefix!, "--import", "numpy");

        Assert.True(child.ExitCode == 0, child.ToString());
        Assert.Equal(chosen.Prefix, child["prefix"]);
        Assert.Equal("numpy", child["imported"]);
        Assert.StartsWith("0x0", child["numpy_api"]);
    }

    [Fact]
    public async Task Every_installed_CPython_from_3_8_starts_with_its_own_executable_prefix_and_path()
    {
        var versions = TestPythons.Pyenv.Where(p => p.Version >= new Version(3, 8)).ToList();
        var runs = versions.Select(p => ChildProcess.RunAsync("init", "--python", p.Executable, "--no-numpy")).ToArray();
        ChildProcess.Result[] results = await Task.WhenAll(runs);

        for (int i = 0; i < versions.Count; i++)
        {
            (Version version, string executable) = versions[i];
            PythonEnvironment probed = PythonEnvironment.Probe(executable, requireNumPy: false);
            ChildProcess.Result child = results[i];

            Assert.True(child.ExitCode == 0, $"Python {version}: {child}");
            Assert.Equal(probed.Executable, child["executable"]);
            Assert.Equal(probed.Prefix, child["prefix"]);
            Assert.Equal(probed.SysPath, child.Path);
            Assert.Equal($"{version.Major}.{version.Minor}", string.Join('.', child["version"].Split('.').Take(2)));
            Assert.Equal("True", child["layout"]);
            Assert.Equal("True", child["sigxfsz_default"]);
            Assert.Equal("KeyError|'missing key'|traceback", child["exception"]);
            Assert.Equal("True", child["roundtrip"]);
            if (probed.NumPyVersion is null)
            {
                Assert.Equal("ModuleNotFoundError", child["numpy_api"]); // NumPyApi reports a missing NumPy as a PythonException
            }
            else
            {
                Assert.StartsWith("0x0", child["numpy_api"]);
            }
        }
    }
}
