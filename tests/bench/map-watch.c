/* map-watch.c: starts a program and prints how long it took until its first
 * top-level window was mapped on the X display, measured from outside the
 * program (MapNotify on the root window), then keeps it running for the
 * figures the benchmark script reads from /proc.
 *
 *   map-watch [--hold SECONDS] -- PROGRAM ARGS...
 *
 * Prints "pid <pid>", "mapped_ms <ms>" and "cpu_ms <ms>" (the CPU time all
 * the program's threads had used when the window was mapped: a figure that
 * a busy machine disturbs less than the wall-clock one); after --hold
 * seconds (default 0) it sends SIGTERM to the program and waits for it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <X11/Xlib.h>
#include <dirent.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double
now_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

/* CPU time of all of @pid's threads, in ms, from the scheduler's own
 * nanosecond count. */
static double
cpu_ms (pid_t pid)
{
  char path[64];
  unsigned long long total = 0;
  struct dirent *entry;
  DIR *dir;

  snprintf (path, sizeof path, "/proc/%d/task", (int) pid);
  dir = opendir (path);
  if (dir == NULL)
    return -1;
  while ((entry = readdir (dir)) != NULL)
    {
      char stat_path[512];
      unsigned long long ns = 0;
      FILE *file;

      if (entry->d_name[0] == '.')
        continue;
      snprintf (stat_path, sizeof stat_path, "%s/%s/schedstat", path, entry->d_name);
      file = fopen (stat_path, "r");
      if (file == NULL)
        continue;
      if (fscanf (file, "%llu", &ns) == 1)
        total += ns;
      fclose (file);
    }
  closedir (dir);
  return total / 1e6;
}

int
main (int   argc,
      char *argv[])
{
  double hold = 0, start;
  Display *display;
  pid_t pid;
  int i = 1;

  if (i + 1 < argc && strcmp (argv[i], "--hold") == 0)
    {
      hold = atof (argv[i + 1]);
      i += 2;
    }
  if (i < argc && strcmp (argv[i], "--") == 0)
    i++;
  if (i >= argc)
    {
      fprintf (stderr, "usage: map-watch [--hold SECONDS] -- PROGRAM ARGS...\n");
      return 2;
    }

  display = XOpenDisplay (NULL);
  if (display == NULL)
    {
      fprintf (stderr, "map-watch: cannot open the X display\n");
      return 2;
    }
  XSelectInput (display, DefaultRootWindow (display), SubstructureNotifyMask);
  XSync (display, False);

  start = now_ms ();
  pid = fork ();
  if (pid == 0)
    {
      execvp (argv[i], argv + i);
      _exit (127);
    }
  printf ("pid %d\n", (int) pid);
  fflush (stdout);

  for (;;)
    {
      XEvent event;

      XNextEvent (display, &event);
      if (event.type == MapNotify && !event.xmap.override_redirect)
        {
          printf ("mapped_ms %.1f\n", now_ms () - start);
          printf ("cpu_ms %.1f\n", cpu_ms (pid));
          fflush (stdout);
          break;
        }
    }

  if (hold > 0)
    {
      struct timespec ts = { (time_t) hold, (long) ((hold - (time_t) hold) * 1e9) };
      nanosleep (&ts, NULL);
    }

  kill (pid, SIGTERM);
  waitpid (pid, NULL, 0);
  XCloseDisplay (display);
  return 0;
}
