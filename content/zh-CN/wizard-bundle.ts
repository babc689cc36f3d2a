// Text of the wizard's steps and the check-answers page, loaded when the first step opens.
import wizard from './wizard.json';

export default { wizard };
