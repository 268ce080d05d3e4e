/*
 * Linked into a Python extension module published with NativeAOT, together with
 * -Wl,--wrap=syscall, so that the runtime's calls to libc's syscall() come here first.
 *
 * Why: at start the runtime registers for membarrier(MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED).
 * In a process that already runs several threads (any python3 that imported NumPy, whose OpenBLAS
 * starts a thread per core) the kernel makes that registration wait for an RCU grace period:
 * 10-15 ms, most of a module's import time. Declining the registration makes the runtime use its
 * other process-wide barrier (mprotect on a locked helper page, the path kernels before 4.14
 * take), which costs nothing at start. Every other syscall passes through unchanged.
 *
 * The registration is declined only when that other path can work: when a page can be mapped and
 * locked (RLIMIT_MEMLOCK); otherwise the runtime registers as usual. ARRAYBRIDGE_MODULE_MEMBARRIER=register
 * in the environment also lets it register (to compare, or where the registration is wanted).
 */
#define _GNU_SOURCE
#include <linux/membarrier.h>
#include <stdarg.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

long __real_syscall(long number, ...);

static int registration_wanted(void)
{
    const char *setting = getenv("ARRAYBRIDGE_MODULE_MEMBARRIER");
    return setting != 0 && strcmp(setting, "register") == 0;
}

static int helper_page_can_be_locked(void)
{
    long page = sysconf(_SC_PAGESIZE);
    if (page <= 0)
    {
        page = 4096;
    }

    void *probe = mmap(0, (size_t)page, PROT_READ | PROT_WRITE, MAP_ANONYMOUS | MAP_PRIVATE, -1, 0);
    if (probe == MAP_FAILED)
    {
        return 0;
    }

    int locked = mlock(probe, (size_t)page) == 0;
    if (locked)
    {
        munlock(probe, (size_t)page);
    }

    munmap(probe, (size_t)page);
    return locked;
}

long __wrap_syscall(long number, ...)
{
    /* syscall() takes at most six arguments after the number; like glibc's own syscall(), pass
       all six on whatever the caller gave (the unused ones are ignored by the kernel). */
    va_list args;
    va_start(args, number);
    long a1 = va_arg(args, long);
    long a2 = va_arg(args, long);
    long a3 = va_arg(args, long);
    long a4 = va_arg(args, long);
    long a5 = va_arg(args, long);
    long a6 = va_arg(args, long);
    va_end(args);

#ifdef __NR_membarrier
    if (number == __NR_membarrier && a1 == MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED && !registration_wanted() && helper_page_can_be_locked())
    {
        errno = EPERM;
        return -1;
    }
#endif

    return __real_syscall(number, a1, a2, a3, a4, a5, a6);
}
