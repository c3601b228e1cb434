/** Runs once when a server process starts: background jobs live in the Node.js runtime. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Started without `npm start` (which generates one), a production server without a secret
  // would answer every page with a 500 (next-auth's NO_SECRET): it says so and stops instead.
  if (process.env.NODE_ENV === "production" && !process.env.NEXTAUTH_SECRET) {
    console.error("[toile] NEXTAUTH_SECRET is not set: set it to a long random string (e.g. `openssl rand -base64 32`), or start with `npm start`, which generates one.");
    process.exit(1);
  }
  if (process.env.TOILE_JOBS === "0") return;
  const { startJobs } = await import("./lib/jobs/boss");
  try {
    await startJobs();
  } catch (error) {
    // The site still serves pages; health scores just stop refreshing until the next start.
    console.error("[jobs] could not start background jobs", error);
  }
}
