// The project's WXT config, building into artifacts/lint so that the lint test's Firefox build
// never races other tests reading .output/.
import base from '../../../wxt.config';

export default { ...base, outDir: 'artifacts/lint' };
