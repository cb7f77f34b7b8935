import { buildApp } from './app';
import { ConfigError, loadConfig } from './config';
import { openDatabase } from './database';
import { createSmtpMailer } from './mail/mailer';
import { startScheduler } from './modules/reminders/scheduler';
import { countDemoUsers, seedDemoData } from './seed-demo';
import { describeStartError } from './start-error';

/** `pnpm start`: database (embedded unless DATABASE_URL), migrations, demo seed on first start, then listen. */
async function main(): Promise<void> {
  const config = loadConfig();
  const say = (message: string) => console.log(`[planpuls] ${message}`);
  const database = await openDatabase(config, say);

  if (config.mode === 'production' && (await countDemoUsers(database)) > 0) {
    await database.close();
    throw new ConfigError('production mode refuses to start while demo users (…@planpuls.test) exist: remove them first');
  }
  if (config.seedDemo) {
    say((await seedDemoData(database, config.demoPassword)) ? 'Demo data seeded (first start).' : 'Demo data already present.');
  }

  const app = await buildApp({ config, db: database.app.db });
  // Reminders and email delivery in the background (the clock is injectable; here it is the real one).
  const scheduler = startScheduler({
    db: database.app.db,
    reminderIntervalMinutes: config.reminderIntervalMinutes,
    mailer: config.smtp ? createSmtpMailer(config.smtp) : undefined,
    publicUrl: config.publicUrl,
    log: (message, error) => (error ? console.error(`[planpuls] ${message}:`, error) : say(message)),
  });
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    say(`${signal} received, shutting down …`);
    await scheduler.stop();
    await app.close();
    await database.close();
    say('Stopped cleanly.');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ host: config.host, port: config.port });
  const shownHost = config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;
  say(`Database: ${database.description}`);
  say(
    `Reminders: ${config.reminderIntervalMinutes > 0 ? `every ${config.reminderIntervalMinutes} min` : 'off'}; email: ${config.smtp ? 'sent through SMTP' : 'kept in the outbox (no SMTP_URL)'}`,
  );
  const docs = `http://${shownHost}:${config.port}/docs${config.docsPublic ? '' : ', after logging in (DOCS_PUBLIC is off)'}`;
  say(`Planpuls is running: open http://${shownHost}:${config.port}  (API docs: ${docs})`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(`[planpuls] Configuration error: ${error.message}`);
  else console.error(`[planpuls] Could not start: ${describeStartError(error)}`);
  process.exit(1);
});
