/**
 * npm run verify -- <ZIP | dist/ or dist/data folder | site URL>: checks a published data package
 * offline. Every file datapackage.json lists must have its size and SHA-256; then the package's own
 * source files are rescored with its scoring.sql and every rebuilt file must equal the published
 * one, byte for byte. Prints what differs; exit 1 if anything does.
 */
import { formatProblem } from './verify/problems.ts';
import { verifyPackage } from './verify/verify-package.ts';

async function main(target: string | undefined): Promise<number> {
  if (!target) {
    console.error('用法 / Usage: npm run verify -- <park-scorecard-data.zip | dist/data | https://…/>');
    return 2;
  }
  const { problems, checked, compared } = await verifyPackage(target, (line) => console.log(line));
  for (const problem of problems) console.log(formatProblem(problem));
  if (problems.length > 0) {
    console.log(`未通过：${problems.length} 处不符。 / FAILED: ${problems.length} problems.`);
    return 1;
  }
  console.log(`通过：${checked} 个文件的大小和 SHA-256 与数据包说明一致，重新计分后 ${compared} 个文件逐字节相同。 / OK: ${checked} files match their listed size and SHA-256; rescoring rebuilt ${compared} files byte for byte.`);
  return 0;
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('核对失败 / Verify failed:', error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
