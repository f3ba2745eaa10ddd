/**
 */
package xiaokang.publicity.model.util;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

import xiaokang.publicity.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see xiaokang.publicity.model.PublicityPackage
 * @generated
 */
public class PublicitySwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static PublicityPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PublicitySwitch() {
		if (modelPackage == null) {
			modelPackage = PublicityPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case PublicityPackage.MEDIA_REPORT: {
				MediaReport mediaReport = (MediaReport)theEObject;
				T result = caseMediaReport(mediaReport);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PublicityPackage.AWARD: {
				Award award = (Award)theEObject;
				T result = caseAward(award);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PublicityPackage.COMMENDATION: {
				Commendation commendation = (Commendation)theEObject;
				T result = caseCommendation(commendation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PublicityPackage.FOUR_ONES_ACTIVITY: {
				FourOnesActivity fourOnesActivity = (FourOnesActivity)theEObject;
				T result = caseFourOnesActivity(fourOnesActivity);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PublicityPackage.PROSPERITY_LEADER: {
				ProsperityLeader prosperityLeader = (ProsperityLeader)theEObject;
				T result = caseProsperityLeader(prosperityLeader);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PublicityPackage.VOLUNTEER_REGISTRATION: {
				VolunteerRegistration volunteerRegistration = (VolunteerRegistration)theEObject;
				T result = caseVolunteerRegistration(volunteerRegistration);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PublicityPackage.CHARITY_EVENT: {
				CharityEvent charityEvent = (CharityEvent)theEObject;
				T result = caseCharityEvent(charityEvent);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Media Report</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Media Report</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMediaReport(MediaReport object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Award</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Award</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAward(Award object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Commendation</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Commendation</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCommendation(Commendation object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Four Ones Activity</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Four Ones Activity</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFourOnesActivity(FourOnesActivity object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Prosperity Leader</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Prosperity Leader</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseProsperityLeader(ProsperityLeader object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Volunteer Registration</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Volunteer Registration</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseVolunteerRegistration(VolunteerRegistration object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Charity Event</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Charity Event</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCharityEvent(CharityEvent object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //PublicitySwitch
